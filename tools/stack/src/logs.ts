import { open, stat } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { isErrno, tailLines } from './log-tail';

const FOLLOW_POLL_MS = 500;

export interface LogSource {
  readonly name: string;
  readonly file: string;
}

/**
 * Writes the last `lines` lines of each log to `out`, each line prefixed with its server's
 * name when there are several, then (with `follow`) keeps printing what is appended until
 * the process is interrupted.
 */
export async function printLogs(
  sources: readonly LogSource[],
  options: { lines: number; follow: boolean },
  out: (text: string) => void,
): Promise<void> {
  const prefix = (source: LogSource): string => (sources.length > 1 ? `[${source.name}] ` : '');
  const offsets = new Map<string, number>();
  for (const source of sources) {
    const lines = await tailLines(source.file, options.lines);
    if (sources.length > 1) out(`==> ${source.file} <==\n`);
    for (const line of lines) out(`${prefix(source)}${line}\n`);
    offsets.set(source.file, await sizeOf(source.file));
  }
  if (!options.follow) return;

  // Polling rather than fs.watch: it also sees a file that appears after we started, and a
  // file truncated or replaced underneath us.
  const partial = new Map<string, string>();
  for (;;) {
    await delay(FOLLOW_POLL_MS);
    for (const source of sources) {
      const size = await sizeOf(source.file);
      let offset = offsets.get(source.file) ?? 0;
      if (size < offset) offset = 0;
      if (size === offset) continue;
      const chunk = await readRange(source.file, offset, size);
      offsets.set(source.file, size);
      const text = (partial.get(source.file) ?? '') + chunk;
      const lines = text.split('\n');
      partial.set(source.file, lines.pop() ?? '');
      for (const line of lines) out(`${prefix(source)}${line}\n`);
    }
  }
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 0;
    throw error;
  }
}

async function readRange(file: string, start: number, end: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(end - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
