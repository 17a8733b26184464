import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isErrno } from './log-tail';
import { isAlive } from './process-control';
import { StackError } from './stack-error';

const POLL_MS = 250;
/** A lock directory without an owner file older than this was left by a crash mid-acquire. */
const ORPHAN_AFTER_MS = 30_000;

/**
 * Runs `work` while holding an inter-process lock (a directory, since mkdir is atomic).
 * Serialises e.g. a jest global setup and `npm start` racing to install or start the stack.
 * A lock whose owner process died is taken over.
 *
 * @param what describes the lock for the timeout message
 * @throws StackError `STACK.LOCK_TIMEOUT` after `timeoutMs` milliseconds of waiting.
 */
export async function withLock<T>(lockDir: string, what: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const ownerFile = join(lockDir, 'owner');
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
    if (await isStale(lockDir, ownerFile)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new StackError(
        'STACK.LOCK_TIMEOUT',
        `waited ${Math.round(timeoutMs / 1000)} s for ${what}, held by ${await describeOwner(ownerFile)} (${lockDir})`,
      );
    }
    await delay(POLL_MS);
  }
  try {
    await writeFile(ownerFile, `${process.pid}\n`);
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function isStale(lockDir: string, ownerFile: string): Promise<boolean> {
  let owner: string;
  try {
    owner = await readFile(ownerFile, 'utf8');
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
    try {
      return Date.now() - (await stat(lockDir)).mtimeMs > ORPHAN_AFTER_MS;
    } catch (statError) {
      // Released between our mkdir attempt and now: not stale, just retry.
      if (isErrno(statError, 'ENOENT')) return false;
      throw statError;
    }
  }
  const pid = Number(owner.trim());
  return !Number.isInteger(pid) || pid <= 0 || !(await isAlive(pid));
}

async function describeOwner(ownerFile: string): Promise<string> {
  try {
    return `pid ${(await readFile(ownerFile, 'utf8')).trim()}`;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'a process that has not written its pid yet';
    throw error;
  }
}
