import { access, open } from 'node:fs/promises';

/** Enough bytes for any sensible number of log lines without reading a whole day's log. */
const TAIL_WINDOW_BYTES = 256 * 1024;

/**
 * The last `count` lines of a text file, at or after byte `from`; `[]` if it does not exist
 * yet (a server that never got to write is reported as such by the caller).
 */
export async function tailLines(file: string, count: number, from = 0): Promise<string[]> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(from, size - TAIL_WINDOW_BYTES);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    // The window may start mid-line; drop that fragment unless it is the file's beginning.
    if (start > from) lines.shift();
    return lines.slice(-count);
  } finally {
    await handle.close();
  }
}

/** Formats a log excerpt for an error message, from byte `from` on (e.g. this run's output). */
export async function logExcerpt(file: string, count: number, from = 0): Promise<string> {
  const lines = await tailLines(file, count, from);
  if (lines.length === 0) return `(${file} is empty or missing)`;
  return [`--- last ${lines.length} lines of ${file} ---`, ...lines, '---'].join('\n');
}

export function isErrno(error: unknown, code: string): boolean {
  // Not `instanceof Error`: under jest, errors thrown by Node's built-ins come from another realm.
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}

/** Whether `path` exists; any error but "no such file" (a permission, say) is thrown. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}
