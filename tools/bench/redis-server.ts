import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, waitFor } from '@duban/testing';

/** Debian's package binary (`apt-get install redis-server`). */
export const REDIS_SERVER_BINARY = '/usr/bin/redis-server';

/**
 * Debian's `redis-server`, installed with apt-get when its binary is missing (as root; otherwise the
 * bench stops and says how), the way the stack tool installs chromium. Not pinned: it is only the
 * peer of a benchmark, and the report records the version that ran.
 */
export function ensureRedisServer(log: (line: string) => void): string {
  if (existsSync(REDIS_SERVER_BINARY)) return REDIS_SERVER_BINARY;
  if (process.getuid?.() !== 0) throw new Error(`no ${REDIS_SERVER_BINARY}; install it with: sudo apt-get install -y redis-server`);
  log('redis-server is missing: apt-get install -y redis-server');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], { env, stdio: 'ignore' });
  return REDIS_SERVER_BINARY;
}

/** A Redis server the bench started for itself: loopback only, its own port and directory. */
export class BenchRedis {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly dir: string,
    readonly version: string,
  ) {}

  /**
   * Starts `redis-server` on a free loopback port with `dir` as its working directory (removed by
   * {@link stop}); resolves once it answers PING (30 s at most). Its other settings are Debian's
   * defaults: what a user who picks BullMQ would run.
   */
  static async start(dir: string, log: (line: string) => void): Promise<BenchRedis> {
    const binary = ensureRedisServer(log);
    const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    const port = await freePort();
    mkdirSync(dir, { recursive: true });
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no', '--logfile', path.join(dir, 'redis.log')], {
      stdio: 'ignore',
    });
    const redis = new BenchRedis(child, port, dir, version);
    let exited = false;
    child.once('exit', () => (exited = true));
    const probe = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    // Refused connections until the server listens are expected: the probe retries them, they are not errors to print.
    probe.on('error', () => undefined);
    try {
      await waitFor(
        `redis-server on 127.0.0.1:${port}`,
        async () => {
          if (exited) throw new Error(`redis-server exited; see ${path.join(dir, 'redis.log')}`);
          try {
            if (probe.status !== 'ready') await probe.connect();
            return (await probe.ping()) === 'PONG' ? true : undefined;
          } catch {
            probe.disconnect();
            return undefined;
          }
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    } finally {
      probe.disconnect();
    }
    log(`redis: ${version.split(' ').slice(0, 3).join(' ')} on 127.0.0.1:${port} (dir ${dir})`);
    return redis;
  }

  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its directory. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
