import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

/** Runs a command with inherited output; resolves with its exit code (never throws on non-zero). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A binary from node_modules/.bin. */
export const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);

/**
 * Runs a command like {@link run}, its output passed through as it comes (unless `echo` is false),
 * and also returns that output (stdout and stderr interleaved), for a caller that must check what
 * the command said.
 */
export function runCapturing(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, options: { echo?: boolean } = {}): Promise<{ code: number; output: string }> {
  const echo = options.echo ?? true;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (echo) process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}
