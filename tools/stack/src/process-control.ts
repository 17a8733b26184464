import { spawn } from 'node:child_process';
import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isErrno } from './log-tail';
import { StackError } from './stack-error';

/** What to exec for a server; no shell is involved, so arguments need no quoting. */
export interface LaunchSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Run as this user instead of the caller (PostgreSQL refuses to run as root). */
  readonly user?: RunAs;
}

/** An unprivileged account a server or tool runs as when the stack itself runs as root. */
export interface RunAs {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

export interface LaunchedProcess {
  readonly pid: number;
  /** Size of the log before this run wrote to it: where this run's output starts. */
  readonly logOffset: number;
  /** How the process ended, once it has (only observable from the process that spawned it). */
  exitStatus(): string | undefined;
}

const POLL_MS = 100;
/** After SIGKILL the kernel needs a moment to tear the group down; longer means something is wrong. */
const KILL_GRACE_MS = 5_000;

/**
 * Starts a long-running server detached from the caller: its own session and process group
 * (so `stop` can signal the whole group and Ctrl-C in the caller's terminal does not reach
 * it), stdin closed, stdout and stderr appended to `logFile`.
 */
export async function launchDetached(spec: LaunchSpec, logFile: string): Promise<LaunchedProcess> {
  await mkdir(dirname(logFile), { recursive: true });
  const log = await open(logFile, 'a');
  try {
    const logOffset = (await log.stat()).size;
    await log.write(`\n=== ${new Date().toISOString()} ${spec.command} ${spec.args.join(' ')}\n`);
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
      ...(spec.user && { uid: spec.user.uid, gid: spec.user.gid }),
    });
    let status: string | undefined;
    child.once('exit', (code, signal) => {
      status = signal === null ? `exited with code ${String(code)}` : `killed by ${signal}`;
    });
    await new Promise<void>((resolvePromise, reject) => {
      child.once('spawn', resolvePromise);
      child.once('error', reject);
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`${spec.command} started without a pid`);
    // The server must outlive whoever started it (a CLI run, a jest global setup).
    child.unref();
    return { pid, logOffset, exitStatus: () => status };
  } finally {
    // The child holds its own duplicate of the descriptor.
    await log.close();
  }
}

/** Whether `pid` is a live process (a zombie awaiting its parent counts as dead). */
export async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (isErrno(error, 'ESRCH')) return false;
    // EPERM: it exists but belongs to someone else.
    if (!isErrno(error, 'EPERM')) throw error;
  }
  const stat = await procStat(pid);
  return stat === undefined || stat.state !== 'Z';
}

/**
 * The process's argv, or undefined where /proc is not available (non-Linux) or the process is
 * gone.
 */
export async function commandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((part) => part !== '');
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ESRCH')) return undefined;
    throw error;
  }
}

/** Live members of process group `pgid`. */
export async function groupMembers(pgid: number): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
    // No /proc: fall back to asking the kernel whether anyone is left in the group.
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch (signalError) {
      if (isErrno(signalError, 'ESRCH')) return [];
      throw signalError;
    }
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await procStat(Number(entry));
    if (stat !== undefined && stat.pgrp === pgid && stat.state !== 'Z') members.push(Number(entry));
  }
  return members;
}

/**
 * Stops every process in group `pgid`: `signal` (SIGTERM unless the server wants another), up to
 * `graceMs` for a clean shutdown (Kafka flushes its logs, Temporal closes SQLite, PostgreSQL
 * checkpoints), then SIGKILL.
 *
 * @throws StackError `STACK.STOP_FAILED` if members survive SIGKILL.
 */
export async function terminateGroup(pgid: number, graceMs: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<'terminated' | 'killed'> {
  // Only the group leader gets a non-default signal: PostgreSQL's postmaster turns SIGINT into a
  // fast shutdown of its children itself, while a SIGINT to every backend would just cancel queries.
  if (signal === 'SIGTERM') signalGroup(pgid, 'SIGTERM');
  else signalProcess(pgid, signal);
  if (await waitUntilGone(pgid, graceMs)) return 'terminated';
  signalGroup(pgid, 'SIGKILL');
  if (await waitUntilGone(pgid, KILL_GRACE_MS)) return 'killed';
  const left = await groupMembers(pgid);
  throw new StackError('STACK.STOP_FAILED', `process group ${pgid} survived SIGKILL: pids ${left.join(', ')}`);
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if (!isErrno(error, 'ESRCH')) throw error;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    // Already gone is the outcome we want.
    if (!isErrno(error, 'ESRCH')) throw error;
  }
}

async function waitUntilGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while ((await groupMembers(pgid)).length > 0) {
    if (Date.now() > deadline) return false;
    await delay(POLL_MS);
  }
  return true;
}

interface ProcStat {
  readonly state: string;
  readonly pgrp: number;
}

async function procStat(pid: number): Promise<ProcStat | undefined> {
  let raw: string;
  try {
    raw = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ESRCH')) return undefined;
    throw error;
  }
  // Format: "pid (comm) state ppid pgrp ..."; comm may itself contain spaces and parentheses.
  const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const pgrp = Number(fields[2]);
  if (state === undefined || !Number.isInteger(pgrp)) return undefined;
  return { state, pgrp };
}

/** Pid files: `<runDir>/<name>.pid`, holding only the pid so shell tools can read them too. */
export class PidFile {
  constructor(readonly path: string) {}

  async write(pid: number): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, `${pid}\n`);
  }

  async read(): Promise<number | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return undefined;
      throw error;
    }
    const pid = Number(raw.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
