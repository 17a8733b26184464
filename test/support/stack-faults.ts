import { stackStatus, startStack, type ServerName } from '@duban/stack';
import { waitFor } from '@duban/testing';

/**
 * Faults injected into the local stack's servers (`tools/stack`), for the fault suite. Each server
 * runs in its own process group (PostgreSQL's and Kafka's children included), so a signal goes to
 * the whole group: a kill -9 of the server, not of a wrapper.
 */

/** The pid (= process group id) of a running stack server; fails if it is not running. */
export async function serverPid(name: ServerName): Promise<number> {
  const status = (await stackStatus()).find((s) => s.name === name);
  if (status?.state !== 'running' || status.pid === undefined) throw new Error(`stack server ${name} is not running (${status?.state ?? 'unknown'})`);
  return status.pid;
}

/** Whether the stack has a server of that name (PostgreSQL joined the stack with issue 9). */
export async function hasServer(name: string): Promise<boolean> {
  return (await stackStatus()).some((s) => s.name === name);
}

/** Sends `signal` to the server's process group and waits until every process of it is gone. */
export async function killServer(name: ServerName, signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 30_000): Promise<void> {
  const pgid = await serverPid(name);
  process.kill(-pgid, signal);
  try {
    await waitFor(`stack server ${name} (process group ${pgid}) to be gone after ${signal}`, () => (groupAlive(pgid) ? undefined : true), { timeoutMs, intervalMs: 50 });
  } catch (e) {
    if (signal === 'SIGKILL') throw e;
    // A clean stop that takes too long becomes a kill, as `npm run stack -- stop` does.
    process.kill(-pgid, 'SIGKILL');
    await waitFor(`stack server ${name} (process group ${pgid}) to be gone after SIGKILL`, () => (groupAlive(pgid) ? undefined : true), { timeoutMs: 10_000, intervalMs: 50 });
  }
}

/** Starts whatever server of the stack is not running and waits until every one is healthy. */
export async function restoreStack(): Promise<void> {
  await startStack({ report: () => undefined });
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw e;
  }
}
