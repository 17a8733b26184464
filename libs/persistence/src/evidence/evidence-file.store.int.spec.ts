import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose, { type Connection } from 'mongoose';
import { stackConfig } from '@duban/stack';
import { EvidenceFileRecord, EvidenceFileRecordSchema } from './evidence-file.document';
import { EvidenceFileStore } from './evidence-file.store';

/**
 * GridFS on the real store (FerretDB 1.24 on PostgreSQL here): what the evidence files need —
 * the bucket's indexes (the unique `{files_id, n}` included), binary chunks written as a stream,
 * read back in order byte for byte, an upload aborted half-way and a finished one discarded leaving
 * no chunk, and reads that see complete files of their own task only.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_evidence_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let store: EvidenceFileStore;
const actor = { sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] };
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  store = new EvidenceFileStore(connection, connection.model(EvidenceFileRecord.name, EvidenceFileRecordSchema));
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

/** Streams `bytes` in uneven pieces into a new upload and completes it. */
async function put(taskId: string, bytes: Buffer, name: string) {
  const upload = store.openUpload(taskId, name, actor);
  const pieces = [bytes.subarray(0, 1000), bytes.subarray(1000, 300_000), bytes.subarray(300_000)];
  await pipeline(Readable.from(pieces), upload.stream);
  return store.complete(upload, { contentType: 'application/pdf', sha256: sha256(bytes) });
}

async function read(id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of store.openDownload(id)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

const count = async () => ({
  files: await connection.collection('evidence.files').countDocuments(),
  chunks: await connection.collection('evidence.chunks').countDocuments(),
});

describe('EvidenceFileStore (GridFS on the real store)', () => {
  it('streams a file in and out byte for byte, in 255 KiB chunks, behind the unique chunk index', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(600_000)]);
    const file = await put('p.T4.FUTIAN', bytes, '福田区转移方案.pdf');
    expect(file).toMatchObject({ taskId: 'p.T4.FUTIAN', filename: '福田区转移方案.pdf', size: bytes.length, sha256: sha256(bytes), unit: 'FUTIAN', uploadedBy: actor });
    expect(sha256(await read(file.id))).toBe(sha256(bytes));
    expect(await count()).toEqual({ files: 1, chunks: Math.ceil(bytes.length / (255 * 1024)) });
    const indexes = await connection.collection('evidence.chunks').indexes();
    expect(indexes.find((i) => i['key']?.['files_id'] === 1 && i['key']?.['n'] === 1)?.['unique']).toBe(true);
  });

  it('finds, lists and checks files of their own task only', async () => {
    const mine = await put('p.T2.PLAN', randomBytes(2_000), 'a.pdf');
    const theirs = await put('p.T1.STIIC', randomBytes(2_000), 'b.pdf');
    expect(await store.find('p.T2.PLAN', mine.id)).toEqual(mine);
    expect(await store.find('p.T2.PLAN', theirs.id)).toBeUndefined();
    expect(await store.find('p.T2.PLAN', 'not-an-id')).toBeUndefined();
    expect((await store.list('p.T2.PLAN')).map((f) => f.id)).toEqual([mine.id]);
    expect([...(await store.existing('p.T2.PLAN', [mine.id, theirs.id, '000000000000000000000000', 'nope']))]).toEqual([mine.id]);
  });

  it('leaves nothing of an upload aborted half-way, nor of a finished one discarded, and never serves an incomplete file', async () => {
    const before = await count();
    const aborted = store.openUpload('p.T4.FUTIAN', 'half.pdf', actor);
    await new Promise<void>((resolve, reject) => aborted.stream.write(randomBytes(700_000), (e) => (e ? reject(e) : resolve())));
    expect((await count()).chunks).toBeGreaterThan(before.chunks);
    await store.discard(aborted);
    expect(await count()).toEqual(before);

    const finished = store.openUpload('p.T4.FUTIAN', 'refused.pdf', actor);
    await pipeline(Readable.from([randomBytes(300_000)]), finished.stream);
    // Ended but not completed (its type not yet recorded): invisible to every read.
    expect(await store.find('p.T4.FUTIAN', finished.id)).toBeUndefined();
    expect(await store.existing('p.T4.FUTIAN', [finished.id])).toEqual(new Set());
    await store.discard(finished);
    await store.discard(finished);
    expect(await count()).toEqual(before);
  });
});
