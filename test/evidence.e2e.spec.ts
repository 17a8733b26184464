import { createHash, randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { EvidenceFile, ProblemDetails, TaskResponse } from '@duban/contracts';
import { stackStatus } from '@duban/stack';
import { waitFor, type ApiResponse } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { today } from './support/dates';

/**
 * Evidence files (佐证材料, issue 13) against the real servers: uploads streamed into GridFS on
 * FerretDB, typed by their bytes, refused (415, 413) without leaving anything stored, referenced
 * from a submission as `evidence://<id>` (checked: another task's file is a 422), and downloaded by
 * whoever may see the task — the lead unit, 督查室 — while another unit gets the 404 of a missing file.
 * The size limit is 1 MiB here (EVIDENCE_MAX_BYTES; 20 MiB by default) so the oversized upload stays small.
 */
const MAX_BYTES = 1024 * 1024;
let duban: DubanHarness;
let mongo: MongoClient;
const tokens: Record<'futian' | 'luohu' | 'plan' | 'habitat' | 'supervisor' | 'admin', string> = { futian: '', luohu: '', plan: '', habitat: '', supervisor: '', admin: '' };
const planId = `e2e-evidence-${Date.now().toString(36)}`;
const t4 = `${planId}.T4.FUTIAN`;
const t2 = `${planId}.T2.PLAN`;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n% 福田区产业转移方案\n1 0 obj << /Type /Catalog >> endobj\n'), randomBytes(40_000), Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300_000)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from('PE\0\0'), randomBytes(2_000)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * A well-behaved client on a shared, loaded machine: a 503 (Temporal or the store slower than the
 * budget, with Retry-After) is asked again. A 503 keeps nothing: an upload refused by it stored no
 * complete file, and the reads change nothing.
 */
const settled = <T extends { status: number }>(call: () => Promise<T>): Promise<T> =>
  waitFor('an answer other than 503', async () => {
    const res = await call();
    return res.status === 503 ? undefined : res;
  }, { timeoutMs: 120_000, intervalMs: 500 });

type RequestOptions = Parameters<DubanHarness['api']['request']>[2];
const api = {
  get: <T = unknown>(path: string, token?: string) => settled(() => duban.api.get<T>(path, token)),
  post: <T = unknown>(path: string, json: unknown, token?: string) => settled(() => duban.api.post<T>(path, json, token)),
  request: <T = unknown>(method: string, path: string, options: RequestOptions) => settled(() => duban.api.request<T>(method, path, options)),
};

/** A `multipart/form-data` body with one part, built by hand so the test controls every byte. */
function multipart(bytes: Buffer, filename: string, type: string, field = 'file'): { rawBody: Uint8Array; contentType: string } {
  const boundary = `----duban${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { rawBody: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const upload = (taskId: string, token: string, bytes: Buffer, filename: string, type: string): Promise<ApiResponse<EvidenceFile & ProblemDetails>> =>
  api.request('POST', `/tasks/${taskId}/evidence`, { token, ...multipart(bytes, filename, type) });

/** The raw bytes and headers of a download (the API client reads bodies as text; this one does not). */
async function downloadBytes(taskId: string, fileId: string, token: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  // Once through the contract-checked client (status, media type), once raw for the bytes.
  await api.request('GET', `/tasks/${taskId}/evidence/${fileId}`, { token });
  const res = await settled(() => fetch(`${duban.api.baseUrl}/tasks/${taskId}/evidence/${fileId}`, { headers: { authorization: `Bearer ${token}` } }));
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** What the evidence bucket holds: its file documents and chunks. */
async function stored(): Promise<{ files: number; chunks: number }> {
  const db = mongo.db();
  return { files: await db.collection('evidence.files').countDocuments(), chunks: await db.collection('evidence.chunks').countDocuments() };
}

let pdf: EvidenceFile;
let png: EvidenceFile;
let t2File: EvidenceFile;

beforeAll(async () => {
  // The store's limits shortened (as in dependency-outage.e2e) so the wedged-store case answers in seconds.
  duban = await DubanHarness.startFresh('evidence', { EVIDENCE_MAX_BYTES: String(MAX_BYTES), MONGODB_MAX_TIME_MS: '1500', MONGODB_SERVER_SELECTION_TIMEOUT_MS: '2000', RETRY_AFTER_SECONDS: '3' });
  mongo = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
  tokens.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  tokens.luohu = await duban.token({ sub: 'zhao.lei', unit: 'LUOHU', roles: ['official'] });
  tokens.plan = await duban.token({ sub: 'sun.li', unit: 'PLAN', roles: ['official'] });
  tokens.habitat = await duban.token({ sub: 'he.ping', unit: 'HABITAT', roles: ['official'] });
  tokens.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  tokens.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  expect((await api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, tokens.admin)).status).toBe(201);
  // The plan starts its task workflows; T4 answers once it is there (minutes on a loaded two-core machine).
  await waitFor('T4 of Futian and T2 started', async () => {
    const [a, b] = await Promise.all([api.get(`/tasks/${t4}`, tokens.futian), api.get(`/tasks/${t2}`, tokens.plan)]);
    return a.status === 200 && b.status === 200 ? true : undefined;
  }, { timeoutMs: 240_000, intervalMs: 500 });
}, 420_000);

let wedged: number | undefined;
afterAll(async () => {
  if (wedged !== undefined) process.kill(wedged, 'SIGCONT');
  await mongo?.close();
  await duban?.stop();
  await duban?.cleanUp();
});

describe('evidence files (佐证材料)', () => {
  it('stores a PDF and an image uploaded by the lead unit, typed by their bytes, with the name kept for display', async () => {
    const a = await upload(t4, tokens.futian, PDF, '福田区转移方案.pdf', 'application/octet-stream');
    expect(a.status).toBe(201);
    pdf = a.body;
    expect(pdf).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      taskId: t4,
      filename: '福田区转移方案.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: sha256(PDF),
      uploadedBy: { sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] },
      unit: 'FUTIAN',
      uploadedAt: expect.any(String),
      uri: `evidence://${pdf.id}`,
    });
    // Named .jpg and declared image/jpeg, but the bytes are a PNG: the bytes decide.
    const b = await upload(t4, tokens.futian, PNG, '../现场照片.jpg', 'image/jpeg');
    expect(b.status).toBe(201);
    png = b.body;
    expect(png).toMatchObject({ filename: '现场照片.jpg', contentType: 'image/png', size: PNG.length, sha256: sha256(PNG) });
    expect(await stored()).toEqual({ files: 2, chunks: 3 });
  });

  it('refuses an .exe renamed .pdf (415 naming the rule) and an oversized file (413), leaving nothing stored', async () => {
    const before = await stored();
    const exe = await upload(t4, tokens.futian, EXE, '方案.pdf', 'application/pdf');
    expect(exe.status).toBe(415);
    expect(exe.body).toMatchObject({ code: 'EVIDENCE.TYPE_REFUSED', detail: expect.stringMatching(/Windows executable.*evidence must be a PDF, PNG, JPEG, GIF or WebP image, or a Word, Excel or PowerPoint document/) });
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MAX_BYTES)]);
    const tooLarge = await upload(t4, tokens.futian, big, '大文件.pdf', 'application/pdf');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'EVIDENCE.TOO_LARGE', detail: expect.stringContaining(String(MAX_BYTES)) });
    expect(await stored()).toEqual(before);
    // Exactly the limit is taken (on T2, by its co-unit, so T4's list below stays as it is).
    const exact = await upload(t2, tokens.habitat, big.subarray(0, MAX_BYTES), '刚好.pdf', 'application/pdf');
    expect(exact.status).toBe(201);
    expect(await stored()).toEqual({ files: before.files + 1, chunks: before.chunks + Math.ceil(MAX_BYTES / (255 * 1024)) });
  });

  it('answers a body that is not multipart, or has no part named file, with the rule', async () => {
    const json = await api.post<ProblemDetails>(`/tasks/${t4}/evidence`, { file: 'x' }, tokens.futian);
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    const wrongField = await api.request<ProblemDetails>('POST', `/tasks/${t4}/evidence`, { token: tokens.futian, ...multipart(PDF, 'a.pdf', 'application/pdf', 'document') });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.errors).toEqual([{ field: 'body.file', rule: 'is required: one multipart file part named file' }]);
    // multipart anywhere else stays a 415, as before the upload route existed.
    const elsewhere = await api.request<ProblemDetails>('POST', `/tasks/${t4}/submit`, { token: tokens.futian, ...multipart(PDF, 'a.pdf', 'application/pdf') });
    expect(elsewhere.status).toBe(415);
    expect(elsewhere.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('lets a co-unit upload for the task it works on; another unit gets the 404 of a missing task, a supervisor the 403 of the role', async () => {
    const co = await upload(t2, tokens.habitat, PDF, '人居环境意见.pdf', 'application/pdf');
    expect(co.status).toBe(201);
    t2File = co.body;
    expect(t2File).toMatchObject({ taskId: t2, unit: 'HABITAT', contentType: 'application/pdf' });
    const before = await stored();
    const other = await upload(t2, tokens.luohu, PDF, 'x.pdf', 'application/pdf');
    expect(other.status).toBe(404);
    const missing = await upload(`${planId}.T9.LUOHU`, tokens.luohu, PDF, 'x.pdf', 'application/pdf');
    expect({ code: other.body.code, detail: other.body.detail }).toEqual({ code: missing.body.code, detail: missing.body.detail.replace(`${planId}.T9.LUOHU`, t2) });
    expect((await upload(t2, tokens.supervisor, PDF, 'x.pdf', 'application/pdf')).status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it('refuses a progress report naming another task’s file or a missing one (422 naming the field), and changes nothing', async () => {
    const before = await api.get<TaskResponse>(`/tasks/${t4}`, tokens.futian);
    const res = await api.post<ProblemDetails>(
      `/tasks/${t4}/progress`,
      {
        percent: 40,
        note: '招商进展',
        evidence: [
          { title: '方案', uri: pdf.uri },
          { title: '规划局的文件', uri: t2File.uri },
          { title: '不存在', uri: 'evidence://000000000000000000000000' },
          { title: '格式不对', uri: 'evidence://nope' },
        ],
      },
      tokens.futian,
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('EVIDENCE.UNKNOWN_REF');
    expect(res.body.errors?.map((e) => e.field)).toEqual(['body.evidence.1.uri', 'body.evidence.2.uri', 'body.evidence.3.uri']);
    const after = await api.get<TaskResponse>(`/tasks/${t4}`, tokens.futian);
    expect(after.body.history).toEqual(before.body.history);
  });

  it('submits T4 with an uploaded file and a link; the submission keeps both references', async () => {
    const evidence = [
      { title: '福田区转移方案', uri: pdf.uri },
      { title: '现场照片', uri: png.uri },
      { title: '区政府公告', uri: 'https://www.szft.gov.cn/notice/2026-transfer' },
    ];
    const res = await api.post<TaskResponse>(`/tasks/${t4}/submit`, { summary: '福田区产业转移方案（含招商情况）', evidence }, tokens.futian);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('submitted');
    expect(res.body.submissions.at(-1)?.evidence).toEqual(evidence);
  });

  it('downloads the file as the lead unit and as 督查室: the same bytes, its sniffed type, an attachment with its Chinese name, nosniff', async () => {
    for (const token of [tokens.futian, tokens.supervisor]) {
      const res = await downloadBytes(t4, pdf.id, token);
      expect(res.status).toBe(200);
      expect(sha256(res.bytes)).toBe(sha256(PDF));
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-length')).toBe(String(PDF.length));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = res.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('福田区转移方案.pdf');
    }
    const image = await downloadBytes(t4, png.id, tokens.supervisor);
    expect({ type: image.headers.get('content-type'), same: image.bytes.equals(PNG) }).toEqual({ type: 'image/png', same: true });
  });

  it('gives another unit, a file of another task and a missing file the same 404', async () => {
    const problem = (r: ApiResponse<unknown>) => {
      const { instance: _i, ...rest } = r.body as ProblemDetails;
      return rest;
    };
    const hidden = await api.get(`/tasks/${t4}/evidence/${pdf.id}`, tokens.luohu);
    const otherTask = await api.get(`/tasks/${t4}/evidence/${t2File.id}`, tokens.futian);
    const missingId = '0123456789abcdef01234567';
    const missing = await api.get(`/tasks/${t4}/evidence/${missingId}`, tokens.futian);
    expect([hidden.status, otherTask.status, missing.status]).toEqual([404, 404, 404]);
    expect(problem(hidden)).toEqual({ ...problem(missing), detail: (missing.body as ProblemDetails).detail.replace(missingId, pdf.id) });
    expect((otherTask.body as ProblemDetails).code).toBe('EVIDENCE.NOT_FOUND');
    // The co-unit and the lead unit of T2 read its file; so does the supervisor.
    for (const token of [tokens.plan, tokens.habitat, tokens.supervisor]) expect((await downloadBytes(t2, t2File.id, token)).status).toBe(200);
  });

  it('lists a task’s files for whoever may see it, and answers another unit as for a missing task', async () => {
    const list = await api.get<{ items: EvidenceFile[] }>(`/tasks/${t4}/evidence`, tokens.supervisor);
    expect(list.status).toBe(200);
    expect(list.body.items.map((f) => f.id)).toEqual([pdf.id, png.id]);
    expect((await api.get(`/tasks/${t4}/evidence`, tokens.futian)).status).toBe(200);
    const hidden = await api.get<ProblemDetails>(`/tasks/${t4}/evidence`, tokens.luohu);
    expect({ status: hidden.status, code: hidden.body.code }).toEqual({ status: 404, code: 'TASK.NOT_FOUND' });
  });

  it('answers a download and a list 503 + Retry-After while the store is wedged, and serves again once it is back', async () => {
    const ferretdb = (await stackStatus()).find((x) => x.name === 'ferretdb')?.pid;
    if (ferretdb === undefined) throw new Error('ferretdb is not running');
    process.kill(ferretdb, 'SIGSTOP');
    wedged = ferretdb;
    try {
      for (const path of [`/tasks/${t4}/evidence/${pdf.id}`, `/tasks/${t4}/evidence`]) {
        const started = Date.now();
        const res = await duban.api.get<ProblemDetails>(path, tokens.supervisor);
        expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 503, code: expect.stringMatching(/^DEPENDENCY\.(TIMEOUT|UNAVAILABLE)$/) });
        expect(res.headers.get('retry-after')).toBe('3');
        // The request budget (5 s) and a loaded machine's slack.
        expect(Date.now() - started).toBeLessThan(6_500);
      }
    } finally {
      process.kill(ferretdb, 'SIGCONT');
      wedged = undefined;
    }
    await waitFor('the download to answer again', async () => ((await downloadBytes(t4, pdf.id, tokens.supervisor)).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
  });
});
