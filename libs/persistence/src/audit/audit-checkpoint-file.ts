import { createReadStream } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { checkpointVerifies, type AuditCheckpoint } from './audit-chain';
import type { AuditChainKeyring } from './audit-chain-key';

/**
 * The audit checkpoints' file: JSON Lines, one signed {@link AuditCheckpoint} a line, appended by
 * the audit writer and read by `/audit/verify`. It lives outside the store (locally
 * `$DUBAN_DATA_DIR/secrets/audit-checkpoints.jsonl`; in a deployment a volume the store's
 * administrators cannot write), which is the point: someone who rewrites or rolls back the store
 * cannot move it back with them.
 */

/** Appends checkpoints, creating the file (mode 0600) and its folder when missing. */
export async function appendCheckpoints(path: string, checkpoints: readonly AuditCheckpoint[]): Promise<void> {
  if (checkpoints.length === 0) return;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await appendFile(path, checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''), { encoding: 'utf8', mode: 0o600 });
}

/** What a checkpoint file says: each chain's latest valid checkpoint, and every line that is not one. */
export interface CheckpointReading {
  latest: Map<string, AuditCheckpoint>;
  /** Lines that do not parse or whose MAC does not verify: the file was written by someone without the key. */
  forged: { line: number; chain: string | null }[];
}

/**
 * Reads the whole file line by line (memory: one checkpoint per chain). A missing file reads as
 * empty: the writer creates it with its first checkpoint. The latest checkpoint of a chain is the
 * one with the highest seq (the writer's order; a rolled-back chain is checkpointed again from lower seqs only after tampering).
 */
export async function readCheckpoints(path: string, keyring: AuditChainKeyring): Promise<CheckpointReading> {
  const reading: CheckpointReading = { latest: new Map(), forged: [] };
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<boolean>((resolve, reject) => {
    stream.once('open', () => resolve(true));
    stream.once('error', (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? resolve(false) : reject(e)));
  });
  if (!(await opened)) return reading;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      if (text.trim() === '') continue;
      const checkpoint = parseCheckpoint(text);
      if (checkpoint === null || !checkpointVerifies(keyring, checkpoint)) {
        reading.forged.push({ line: n, chain: checkpoint?.chain ?? null });
        continue;
      }
      const seen = reading.latest.get(checkpoint.chain);
      if (!seen || checkpoint.seq >= seen.seq) reading.latest.set(checkpoint.chain, checkpoint);
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return reading;
}

function parseCheckpoint(text: string): AuditCheckpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const str = (k: string) => typeof v[k] === 'string';
  if (!str('chain') || !Number.isInteger(v['seq']) || !str('hash') || !(v['eventId'] === null || str('eventId')) || !str('time') || !str('keyId') || !str('mac')) return null;
  return value as AuditCheckpoint;
}
