import { readdir, readFile, readlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { isErrno } from './log-tail';
import { commandLine } from './process-control';
import type { PortBinding } from './stack.config';

/**
 * Whether a server could listen on `host:port` now. Binding (rather than connecting) also
 * catches listeners on 0.0.0.0 and sockets that accept nothing yet.
 */
export async function isPortFree(host: string, port: number): Promise<boolean> {
  const server = createServer();
  return new Promise<boolean>((resolvePromise, reject) => {
    server.once('error', (error) => {
      if (isErrno(error, 'EADDRINUSE')) resolvePromise(false);
      else reject(error);
    });
    server.listen({ host, port, exclusive: true }, () => {
      server.close((closeError) => (closeError ? reject(closeError) : resolvePromise(true)));
    });
  });
}

/** A process found listening on a port. */
export interface PortHolder {
  readonly pid: number;
  /** Undefined when /proc does not show it. */
  readonly argv: readonly string[] | undefined;
}

/** The first of `bindings` that is taken, with whoever holds it if that can be told. */
export async function findTakenPort(
  host: string,
  bindings: readonly PortBinding[],
): Promise<{ binding: PortBinding; holder: PortHolder | undefined } | undefined> {
  for (const binding of bindings) {
    if (!(await isPortFree(host, binding.port))) {
      return { binding, holder: await findPortHolder(binding.port) };
    }
  }
  return undefined;
}

/**
 * Best effort: the process listening on `port`, from /proc (Linux). Undefined when it cannot
 * be told, e.g. the socket belongs to another user's process.
 */
export async function findPortHolder(port: number): Promise<PortHolder | undefined> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let raw: string;
    try {
      raw = await readFile(table, 'utf8');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) continue;
      throw error;
    }
    for (const line of raw.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      const state = fields[3];
      const inode = fields[9];
      // State 0A is LISTEN; the local address ends in the port as 4 hex digits.
      if (local === undefined || state !== '0A' || inode === undefined) continue;
      if (parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port) inodes.add(inode);
    }
  }
  if (inodes.size === 0) return undefined;

  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = await readdir(`/proc/${entry}/fd`);
    } catch (error) {
      // Gone meanwhile, or not ours to look at.
      if (isErrno(error, 'ENOENT') || isErrno(error, 'EACCES') || isErrno(error, 'EPERM')) continue;
      throw error;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = await readlink(`/proc/${entry}/fd/${fd}`);
      } catch (error) {
        if (isErrno(error, 'ENOENT') || isErrno(error, 'EACCES') || isErrno(error, 'EPERM')) continue;
        throw error;
      }
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match?.[1] !== undefined && inodes.has(match[1])) {
        return { pid: Number(entry), argv: await commandLine(Number(entry)) };
      }
    }
  }
  return undefined;
}
