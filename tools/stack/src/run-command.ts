import { spawn } from 'node:child_process';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isErrno, logExcerpt } from './log-tail';
import type { RunAs } from './process-control';
import { StackError } from './stack-error';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Output of the command is appended here, so a failure can be read in full afterwards. */
  readonly logFile: string;
  /** Run as this user instead of the caller (PostgreSQL's initdb refuses root). */
  readonly user?: RunAs;
}

/**
 * Runs a build tool (go, mvn, java) to completion, stdout and stderr appended to `logFile`.
 *
 * @throws StackError `STACK.TOOL_MISSING` if the program is not on PATH,
 *   `STACK.INSTALL_FAILED` with the tail of this command's output on a non-zero exit.
 */
export async function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<void> {
  await execute(command, args, options, false);
}

/** Like {@link runCommand}, but returns stdout (for small machine-readable answers). */
export async function captureCommand(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  return execute(command, args, options, true);
}

async function execute(command: string, args: readonly string[], options: RunOptions, capture: boolean): Promise<string> {
  await mkdir(dirname(options.logFile), { recursive: true });
  const log = await open(options.logFile, 'a');
  const chunks: Buffer[] = [];
  const logOffset = (await log.stat()).size;
  let outcome: { code: number | null; signal: NodeJS.Signals | null };
  try {
    await log.write(`\n=== ${new Date().toISOString()} ${command} ${args.join(' ')}\n`);
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', capture ? 'pipe' : log.fd, log.fd],
      ...(options.user && { uid: options.user.uid, gid: options.user.gid }),
    });
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    outcome = await new Promise((resolvePromise, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolvePromise({ code, signal }));
    });
  } catch (error) {
    if (isErrno(error, 'ENOENT')) {
      throw new StackError('STACK.TOOL_MISSING', `'${command}' is not on PATH; the local stack needs it`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    await log.close();
  }
  const stdout = Buffer.concat(chunks).toString('utf8');
  if (outcome.code !== 0) {
    const how = outcome.signal === null ? `exit code ${String(outcome.code)}` : `signal ${outcome.signal}`;
    throw new StackError(
      'STACK.INSTALL_FAILED',
      [`${command} ${args.join(' ')} failed (${how})`, stdout.trim(), await logExcerpt(options.logFile, 40, logOffset)]
        .filter((part) => part !== '')
        .join('\n'),
    );
  }
  return stdout;
}
