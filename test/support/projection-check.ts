import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient, type Db, type Document } from 'mongodb';
import { ALL_TOPICS } from '@duban/contracts';
import { commitOffsets, waitFor, type TopicOffsets } from '@duban/testing';

const repoRoot = path.resolve(__dirname, '../..');

/**
 * Fields that legitimately differ between a live projection and its rebuild, per collection,
 * named so that every other field is compared:
 * - `scores.updatedAt`: when the scores consumer wrote the score (wall clock, not event time);
 * - `scores.sequence`: how many `score.updated` events the subject has published, which depends
 *   on how the events were batched (a live batch boundary can publish an intermediate score a
 *   rebuild never sees); the score itself (`score`, `items`, `digest`) is compared;
 * - `notifications.read`, `readAt`, `readBy`: a reader's state, set over HTTP, not by any event;
 * - `enterprises.listSeq`, `listBucket` and the same of `escalations`: the row's position in its
 *   list, handed out in the order the consumer first wrote each row, which interleaves partitions
 *   differently live and in a rebuild (the list's order, not its content).
 * Tasks take every field from the events: nothing is ignored.
 */
export const IGNORED_FIELDS: Readonly<Record<ProjectionCollection, readonly string[]>> = {
  tasks: [],
  escalations: ['listSeq', 'listBucket'],
  enterprises: ['listSeq', 'listBucket'],
  notifications: ['read', 'readAt', 'readBy'],
  scores: ['updatedAt', 'sequence'],
};

export const PROJECTION_COLLECTIONS = ['tasks', 'escalations', 'enterprises', 'notifications', 'scores'] as const;
export type ProjectionCollection = (typeof PROJECTION_COLLECTIONS)[number];

export interface RebuildSummary {
  events: number;
  chains: number;
  fed: Record<string, number>;
  elapsedMs: number;
}

/**
 * Runs `npm run projections:rebuild`'s entry (the consumers app's rebuild CLI) as a child process:
 * the audit log of `sourceUri` into `targetUri`, replacing what the target held. Fails with the
 * tool's output if it exits non-zero or runs longer than `timeoutMs`.
 */
export async function rebuildProjections(sourceUri: string, targetUri: string, timeoutMs = 180_000, options: { from?: 'auto' | 'kafka' | 'audit'; env?: NodeJS.ProcessEnv } = {}): Promise<RebuildSummary & { from: 'kafka' | 'audit'; why?: string[] }> {
  const args = ['-r', '@swc-node/register', path.join(repoRoot, 'apps/consumers/src/rebuild/main.ts'), '--source', sourceUri, '--target', targetUri, '--replace', '--from', options.from ?? 'audit'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`projections:rebuild exited ${code ?? 'by signal (timed out?)'}:\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as RebuildSummary & { from: 'kafka' | 'audit'; why?: string[] };
}

export interface ProjectionDifference {
  collection: ProjectionCollection;
  id: string;
  kind: 'missing-in-live' | 'missing-in-rebuild' | 'different';
  live?: Document;
  rebuilt?: Document;
}

/**
 * Every document of each projection collection in `live` against the same `_id` in `rebuilt`,
 * with {@link IGNORED_FIELDS} removed; returns the differences (empty when equal) and how many
 * documents each collection held.
 */
export async function compareProjections(live: Db, rebuilt: Db): Promise<{ differences: ProjectionDifference[]; counts: Record<ProjectionCollection, number> }> {
  const differences: ProjectionDifference[] = [];
  const counts = {} as Record<ProjectionCollection, number>;
  for (const collection of PROJECTION_COLLECTIONS) {
    const strip = (d: Document): Document => {
      const copy: Document = { ...d };
      for (const f of IGNORED_FIELDS[collection]) delete copy[f];
      return copy;
    };
    const [a, b] = await Promise.all([live, rebuilt].map((db) => db.collection(collection).find({}).sort({ _id: 1 }).maxTimeMS(30_000).toArray()));
    const liveById = new Map((a ?? []).map((d) => [String(d['_id']), strip(d)]));
    const rebuiltById = new Map((b ?? []).map((d) => [String(d['_id']), strip(d)]));
    counts[collection] = liveById.size;
    for (const [id, doc] of liveById) {
      const other = rebuiltById.get(id);
      if (!other) differences.push({ collection, id, kind: 'missing-in-rebuild', live: doc });
      else if (!isDeepStrictEqual(normalise(doc), normalise(other))) differences.push({ collection, id, kind: 'different', live: doc, rebuilt: other });
    }
    for (const [id, doc] of rebuiltById) if (!liveById.has(id)) differences.push({ collection, id, kind: 'missing-in-live', rebuilt: doc });
  }
  return { differences, counts };
}

/** Key order is not part of a document's meaning (an upsert and an update may order fields differently). */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalise((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * Every event id on the Duban topics between `from` (a harness's start offsets; a topic missing
 * there is read from its first offset) and the end of each partition now, with how many messages
 * carried each id (a retried publish stores a message twice: the audit log must still hold it once).
 */
export async function eventIdsOnTopics(brokers: string[], from: readonly TopicOffsets[], timeoutMs = 60_000): Promise<Map<string, number>> {
  const kafka = new Kafka({ brokers, clientId: 'e2e-topic-reader', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  let ends: TopicOffsets[];
  try {
    const existing = new Set(await admin.listTopics());
    ends = await Promise.all(
      ALL_TOPICS.filter((t) => existing.has(t)).map(async (topic) => ({ topic, partitions: (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high })) })),
    );
  } finally {
    await admin.disconnect();
  }
  const startOf = (topic: string, partition: number) => from.find((t) => t.topic === topic)?.partitions.find((p) => p.partition === partition)?.offset ?? '0';
  const remaining = new Map<string, bigint>();
  const starts: TopicOffsets[] = ends.map(({ topic, partitions }) => ({ topic, partitions: partitions.map((p) => ({ partition: p.partition, offset: startOf(topic, p.partition) })) }));
  for (const { topic, partitions } of ends) {
    for (const p of partitions) if (BigInt(p.offset) > BigInt(startOf(topic, p.partition))) remaining.set(`${topic}/${p.partition}`, BigInt(p.offset));
  }
  const ids = new Map<string, number>();
  if (remaining.size === 0) return ids;

  const groupId = `e2e-topic-reader-${randomBytes(4).toString('hex')}`;
  await commitOffsets(kafka, [groupId], starts);
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: ends.map((e) => e.topic), fromBeginning: false });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const key = `${topic}/${partition}`;
        const end = remaining.get(key);
        if (end === undefined || BigInt(message.offset) >= end) return;
        const parsed = JSON.parse(message.value?.toString('utf8') ?? 'null') as { id?: unknown } | null;
        if (typeof parsed?.id === 'string') ids.set(parsed.id, (ids.get(parsed.id) ?? 0) + 1);
        if (BigInt(message.offset) + 1n >= end) remaining.delete(key);
      },
    });
    await waitFor(`every Duban topic read up to its end (${[...remaining.keys()].join(', ')} left)`, () => (remaining.size === 0 ? true : undefined), { timeoutMs, intervalMs: 100 });
  } finally {
    await consumer.disconnect();
  }
  return ids;
}

/** A database on the same server as `uri`, by name. */
export function databaseUri(uri: string, database: string): string {
  return uri.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
}

/** Runs `work` with a connected client, closing it afterwards. */
export async function withMongo<T>(uri: string, work: (db: Db) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    return await work(client.db());
  } finally {
    await client.close();
  }
}
