import { MongoClient } from 'mongodb';
import type { EscalationInboxPage, TaskResponse } from '@duban/contracts';
import { DubanHarness, groupIdsOf } from './support/duban-harness';

/**
 * Every consumer is idempotent: after the projections have caught up with real activity (a plan
 * with an overdue task and its escalations, task steps, an enterprise case), the consumers app is
 * restarted with brand-new consumer groups on the same database. Those groups read every topic
 * again from where this run's groups started (the first event this store was fed: the topics are
 * shared with other test files), and afterwards every collection is byte-for-byte what it was.
 */
let duban: DubanHarness;
const token = {} as Record<'admin' | 'supervisor' | 'stiic' | 'stats' | 'futian', string>;

const RUN = Date.now().toString(36);
const planId = `e2e-replay-${RUN}`;
const t1 = `${planId}.T1.STIIC`;
const t4 = `${planId}.T4.FUTIAN`;
const shanghaiDate = (days: number): string => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  duban = await DubanHarness.start('consumer-replay');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  token.stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

function ok<T>(res: { status: number; body: unknown }): T {
  if (res.status < 200 || res.status > 299) throw new Error(`expected 2xx, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}


/** Every document of every collection of the test's database, in `_id` order. */
/** Bookkeeping of list positions (`libs/persistence/src/store/list-sequence.ts`), compared by its own rules below. */
const ALLOCATION = ['list_positions', 'list_sequences'];

async function snapshot(): Promise<Record<string, string>> {
  const mongo = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
  try {
    const db = mongo.db();
    const names = (await db.listCollections().toArray()).map((c) => c.name).filter((n) => !n.startsWith('system.')).sort();
    const out: Record<string, string> = {};
    for (const name of names) out[name] = JSON.stringify(await db.collection(name).find({}).sort({ _id: 1 }).toArray());
    return out;
  } finally {
    await mongo.close();
  }
}

it('replaying every topic into the same store from its first event changes no projection', async () => {
  // Activity: a plan rebased so that T1 is three weeks overdue (yellow and red cards, a 督查室
  // case), task steps with actors, an extension, and an enterprise case.
  ok(await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiDate(-21) }, token.admin));
  await duban.eventually(`a red card on ${t1}`, `/escalations?taskId=${t1}`, token.supervisor, (b: EscalationInboxPage) =>
    b.items.some((e) => e.level === 'red') ? b : undefined,
  );
  ok<TaskResponse>(await duban.api.post(`/tasks/${t4}/progress`, { percent: 30, note: '招商推介会已举办' }, token.futian));
  ok<TaskResponse>(await duban.api.post(`/tasks/${t1}/contributions`, { summary: '统计口径' }, token.stats));
  ok<TaskResponse>(await duban.api.post(`/tasks/${t1}/submit`, { summary: '工业企业综合评价指标体系 v1' }, token.stiic));
  ok<TaskResponse>(await duban.api.post(`/tasks/${t1}/review`, { decision: 'accept' }, token.supervisor));
  ok(
    await duban.api.post(
      '/enterprises',
      {
        planId,
        enterprise: {
          id: `E2E-REPLAY-${RUN.toUpperCase()}`,
          name: '深圳市重放测试电子有限公司',
          district: 'FUTIAN',
          industry: 'electronics-it',
          indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 1.5, labourIntensity: 120, scale: 800, growth: -5 },
          flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
          redLines: [],
        },
      },
      token.futian,
    ),
  );
  await duban.auditOf(`E2E-REPLAY-${RUN.toUpperCase()}`, token.supervisor, 3);

  await duban.caughtUp(groupIdsOf(duban.env));
  const before = await snapshot();
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['audit_events', 'tasks', 'escalations', 'enterprises']));
  expect(JSON.parse(before['escalations'] as string).length).toBeGreaterThan(0);

  // The same store, new groups: every consumer re-reads every event this store has ever been fed.
  // (The topics are shared with every other test; the store's history starts where the harness's
  // groups started, so that is this store's offset 0.)
  const variables = Object.keys(duban.env).filter((v) => /^[A-Z_]+_GROUP_ID$/.test(v));
  const replay = await duban.replayWithNewGroups(variables, RUN);
  await duban.caughtUp(replay);

  const after = await snapshot();
  for (const name of Object.keys(before).filter((n) => !ALLOCATION.includes(n))) {
    expect({ collection: name, documents: after[name] }).toEqual({ collection: name, documents: before[name] });
  }
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  // List positions are allocation, not content: a replayed event may claim a position it then
  // does not use (a gap), but no position is ever given back or handed out twice, and no list's
  // high-water mark moves down.
  const claims = (snap: Record<string, string>) => (JSON.parse(snap['list_positions'] ?? '[]') as { _id: string }[]).map((c) => c._id);
  expect(claims(after)).toEqual(expect.arrayContaining(claims(before)));
  const marks = (snap: Record<string, string>) => Object.fromEntries((JSON.parse(snap['list_sequences'] ?? '[]') as { _id: string; seq: number }[]).map((m) => [m._id, m.seq]));
  for (const [list, seq] of Object.entries(marks(before))) expect({ list, atLeastBefore: (marks(after)[list] ?? -1) >= seq }).toEqual({ list, atLeastBefore: true });
}, 600_000);
