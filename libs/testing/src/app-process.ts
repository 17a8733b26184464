import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { localAuditChainKeyFile } from './local-audit-key';
import { GiveUp, waitFor } from './wait-for';

const repoRoot = path.resolve(__dirname, '../../..');

export type AppName = 'api' | 'worker' | 'consumers';

/**
 * How an app is run: from source through swc (`npm start` and the tests), or `compiled`: the
 * production build of `npm run build` (`dist/server`), with `node` alone, as the Docker image runs it.
 */
export type AppBuild = 'source' | 'compiled';

/** The command that runs an app; `DUBAN_APP_BUILD=compiled` in its environment chooses the production build. */
export function appCommand(name: AppName, build: AppBuild = 'source'): { command: string; args: string[] } {
  if (build === 'compiled') return { command: process.execPath, args: [path.join(repoRoot, `dist/server/apps/${name}/src/main.js`)] };
  return { command: process.execPath, args: ['-r', '@swc-node/register', path.join(repoRoot, `apps/${name}/src/main.ts`)] };
}

/**
 * One of Duban's apps running as a real child process, its output captured in memory and in a
 * log file, so a test can wait for a line and a failure can show what the app said.
 */
export class AppProcess {
  private output = '';
  private exited?: { code: number | null; signal: NodeJS.Signals | null };
  private readonly exitPromise: Promise<void>;

  private constructor(
    readonly name: AppName,
    private readonly child: ChildProcess,
    readonly logFile: string,
  ) {
    const log = createWriteStream(logFile, { flags: 'a' });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      log.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exitPromise = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exited = { code, signal };
        log.end();
        resolve();
      }),
    );
  }

  static start(name: AppName, env: NodeJS.ProcessEnv, logDir: string): AppProcess {
    const build = { ...process.env, ...env }['DUBAN_APP_BUILD'] === 'compiled' ? 'compiled' : 'source';
    const { command, args } = appCommand(name, build);
    return AppProcess.startCommand(name, command, args, env, logDir, repoRoot);
  }

  /** Starts `command args` as the app `name` in `cwd` (e.g. a laid-out image, by tools/dev/check-runtime.ts). */
  static startCommand(name: AppName, command: string, args: string[], env: NodeJS.ProcessEnv, logDir: string, cwd: string): AppProcess {
    mkdirSync(logDir, { recursive: true });
    // Every app needs the audit chain key (issue 12): locally, the stack's key file unless one is given.
    const given = { ...process.env, ...env };
    const auditKey = given['AUDIT_CHAIN_KEY'] || given['AUDIT_CHAIN_KEY_FILE'] ? {} : { AUDIT_CHAIN_KEY_FILE: localAuditChainKeyFile() };
    const child = spawn(command, args, { cwd, env: { ...given, ...auditKey }, stdio: ['ignore', 'pipe', 'pipe'] });
    return new AppProcess(name, child, path.join(logDir, `${name}.log`));
  }

  /** Calls `listener` when the process exits, with its exit code or signal. */
  onExit(listener: (description: string) => void): void {
    void this.exitPromise.then(() => listener(this.exited?.signal ? `signal ${this.exited.signal}` : `code ${this.exited?.code}`));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get log(): string {
    return this.output;
  }

  /** Waits until the app prints a line matching `pattern`; fails early, with its output, if it exits. */
  async waitForOutput(pattern: RegExp, timeoutMs = 60_000): Promise<void> {
    await waitFor(
      `${this.name} to print ${pattern}`,
      () => {
        if (pattern.test(this.output)) return true;
        if (this.exited) throw new GiveUp(`${this.name} exited (${JSON.stringify(this.exited)}):\n${this.output.slice(-4000)}`);
        return undefined;
      },
      { timeoutMs, intervalMs: 100 },
    ).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- ${this.name} output ---\n${this.output.slice(-4000)}`);
    });
  }

  /** Sends a signal and waits for the process to be gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<void> {
    if (this.exited) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exitPromise;
    clearTimeout(timer);
  }
}

/** A TCP port that was free a moment ago, for an app under test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
