import { MongoClient } from 'mongodb';
import type { ProblemDetails, ScoresPage, TaskResponse } from '@duban/contracts';
import { DEFAULT_SCORING_RULES } from '@duban/domain';
import { recomputeScores } from '@duban/scoring';
import { waitFor } from '@duban/testing';
import { DubanHarness, type AuditItem } from './support/duban-harness';

/**
 * Scoring end to end, against the real Temporal, Kafka and FerretDB servers: events flow from the
 * workflows through Kafka to the scores consumer; `GET /scores` shows each unit's score with the
 * events behind it; every change is a `duban.score.updated.v1` (seen here in the audit trail);
 * recomputing from the audit log alone equals the live scores; and a replay of the scores group
 * from this run's first offsets changes nothing and publishes nothing.
 */
let duban: DubanHarness;
const token = {} as Record<'admin' | 'supervisor' | 'performance' | 'stiic', string>;

const DAY_MS = 86_400_000;
const shanghaiDate = (daysFromToday: number): string => new Date(Date.now() + 8 * 3_600_000 + daysFromToday * DAY_MS).toISOString().slice(0, 10);
const shanghaiYear = (iso: string): number => Number(new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 4));

const run = Date.now().toString(36);
/** Loaded on today's dates: STIIC finishes T3 long before its deadline. */
const planId = `e2e-score-${run}`;
const t3 = `${planId}.T3.STIIC`;
/** Loaded 8 days in the past: T1's deadline passed 3 days ago, so STIIC gets a yellow card at once. */
const latePlanId = `e2e-score-late-${run}`;
const lateT1 = `${latePlanId}.T1.STIIC`;

beforeAll(async () => {
  duban = await DubanHarness.start('scores');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.performance = await duban.token({ sub: 'liu.yang', unit: 'PERF', roles: ['performance'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  for (const [id, rebaseTo] of [[planId, shanghaiDate(0)], [latePlanId, shanghaiDate(-8)]] as const) {
    const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId: id, rebaseTo }, token.admin);
    expect(started.status).toBe(201);
  }
  await waitFor(`${t3} started`, async () => ((await duban.api.get(`/tasks/${t3}`, token.supervisor)).status === 200 ? true : undefined), WAIT);
}, 400_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

function ok<T = TaskResponse>(res: { status: number; body: unknown }): T {
  if (res.status < 200 || res.status > 299) throw new Error(`expected 2xx, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** This machine may be busy: the waits are generous, and each still fails naming what it waited for. */
const WAIT = { timeoutMs: 240_000, intervalMs: 500 };
/** The audit consumer replays every earlier run's events before this run's: it can lag far behind. */
const SLOW = { timeoutMs: 900_000, intervalMs: 2_000 };

const scoresOf = (query: string, accept: (page: ScoresPage) => boolean) =>
  waitFor(`scores ${query}`, async () => {
    const page = ok<ScoresPage>(await duban.api.get(`/scores?${query}`, token.performance));
    return accept(page) ? page : undefined;
  }, SLOW);

const auditOf = (subject: string, count: number, wait = WAIT) =>
  waitFor(`${count} audit events of ${subject}`, async () => {
    const items = ok<{ items: AuditItem[] }>(await duban.api.get(`/audit/events?subject=${encodeURIComponent(subject)}`, token.supervisor)).items;
    return items.length >= count ? items : undefined;
  }, wait);

async function withDb<T>(fn: (db: ReturnType<MongoClient['db']>) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
  try {
    return await fn(client.db());
  } finally {
    await client.close();
  }
}

/** The score events of one unit-year, as the audit trail recorded them from `duban.scores.v1`. */
const scoreEvents = async (subject: string): Promise<AuditItem[]> => {
  const res = await duban.api.get<{ items: AuditItem[] }>(`/audit/events?subject=${encodeURIComponent(subject)}&type=duban.score.updated.v1`, token.supervisor);
  return ok<{ items: AuditItem[] }>(res).items;
};

describe('live scores', () => {
  const year = shanghaiYear(new Date().toISOString());

  it('assesses every unit that has a task at the base score, excellent', async () => {
    // T1 STIIC (co-unit STATS), T2 PLAN (STIIC, HABITAT), T3 STIIC, T4 one per district; briefs for the lead units.
    const page = await scoresOf(`planId=${planId}`, (p) => p.total >= 12);
    expect(page.items.map((s) => s.unit).sort()).toEqual(['BAOAN', 'FUTIAN', 'GUANGMING', 'HABITAT', 'LONGGANG', 'LUOHU', 'NANSHAN', 'PINGSHAN', 'PLAN', 'STATS', 'STIIC', 'YANTIAN']);
    expect(page.items.every((s) => s.year === year)).toBe(true);
    for (const s of page.items) expect(s).toMatchObject({ planId, score: DEFAULT_SCORING_RULES.base, excellent: true, belowTarget: false, items: [] });
  }, 1_000_000);

  it('earns the early-completion bonus when a task is accepted before its deadline', async () => {
    ok(await duban.api.post(`/tasks/${t3}/submit`, { summary: '园区建设跟踪协调机制' }, token.stiic));
    ok(await duban.api.post(`/tasks/${t3}/review`, { decision: 'accept' }, token.supervisor));
    const accepted = (await auditOf(t3, 3, SLOW)).find((e) => e.type === 'duban.task.accepted.v1') as AuditItem;
    const page = await scoresOf(`planId=${planId}&unit=STIIC&year=${year}`, (p) => p.items[0]?.score === 101);
    expect(page.items).toEqual([
      expect.objectContaining({
        planId,
        unit: 'STIIC',
        year,
        score: 101,
        excellent: true,
        items: [expect.objectContaining({ eventId: accepted.id, subject: t3, rule: 'early-completion', points: 1 })],
      }),
    ]);
    // One score event for STIIC's year: the base score was not announced, this change is (sequence 1).
    const events = await waitFor(`the score event of ${planId}/STIIC/${year}`, async () => {
      const list = await scoreEvents(`${planId}/STIIC/${year}`);
      return list.length >= 1 ? list : undefined;
    }, SLOW);
    expect(events.map((e) => [e.sequence, e.data['score'], e.data['previousScore'], e.data['excellent']])).toEqual([[1, 101, 100, true]]);
  }, 1_000_000);

  it('charges the yellow card of a late task to its lead unit', async () => {
    const yellow = (await auditOf(lateT1, 2, SLOW)).find((e) => e.type === 'duban.escalation.raised.v1') as AuditItem;
    expect(yellow.data).toMatchObject({ level: 'yellow', unit: 'STIIC', repeat: 0 });
    const yellowYear = shanghaiYear(yellow.time);
    const page = await scoresOf(`planId=${latePlanId}&unit=STIIC&year=${yellowYear}`, (p) => (p.items[0]?.items.length ?? 0) > 0);
    const stiic = page.items[0];
    expect(stiic?.items).toEqual([expect.objectContaining({ eventId: yellow.id, type: 'duban.escalation.raised.v1', subject: lateT1, rule: 'yellow-card', points: -DEFAULT_SCORING_RULES.yellowCard })]);
    expect(stiic?.score).toBe(DEFAULT_SCORING_RULES.base - DEFAULT_SCORING_RULES.yellowCard);
    // STATS, T1's co-unit, shares overdue days, never the card: nothing charged at 0 days overdue.
    const stats = await scoresOf(`planId=${latePlanId}&unit=STATS`, (p) => p.total >= 1);
    expect(stats.items.map((s) => s.score)).toEqual([DEFAULT_SCORING_RULES.base]);
  }, 1_000_000);

  it('refuses a bad query naming the field, and the wrong role', async () => {
    const bad = await duban.api.get<ProblemDetails>('/scores?year=twenty&unit=futian', token.performance);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['query.unit', 'query.year']);
    const unknown = await duban.api.get<ProblemDetails>('/scores?team=1', token.performance);
    expect(unknown.body.errors?.map((e) => e.field)).toEqual(['query.team']);
    expect((await duban.api.get('/scores', token.stiic)).status).toBe(403);
    expect((await duban.api.get(`/scores?planId=${planId}`, token.supervisor)).status).toBe(200);
  }, 1_000_000);
});

describe('recompute and replay', () => {
  it('recomputes from the audit log exactly the live scores', async () => {
    const result = await waitFor(
      'the recomputation to equal the live scores',
      async () => {
        const r = await withDb(recomputeScores);
        return r.differences.length === 0 ? r : undefined;
      },
      SLOW,
    );
    const keys = result.scores.map((s) => `${s.planId}/${s.unit}/${s.year}`);
    expect(keys).toEqual(expect.arrayContaining([`${planId}/STIIC/${shanghaiYear(new Date().toISOString())}`]));
    expect(result.scores.find((s) => s.planId === planId && s.unit === 'STIIC')?.score).toBe(101);

    // The check can fail: a tampered live score is named.
    await withDb((db) => db.collection<{ _id: string; score: number }>('scores').updateOne({ _id: keys[0] as string }, { $inc: { score: 1 } }));
    const tampered = await withDb(recomputeScores);
    expect(tampered.differences).toEqual([expect.objectContaining({ key: keys[0], kind: 'different' })]);
    await withDb((db) => db.collection<{ _id: string; score: number }>('scores').updateOne({ _id: keys[0] as string }, { $inc: { score: -1 } }));
    expect((await withDb(recomputeScores)).differences).toEqual([]);
  }, 1_000_000);

  it('replays the scores group from this run’s first offsets without changing or publishing anything', async () => {
    await duban.caughtUp([duban.env['SCORES_GROUP_ID'] as string, duban.env['AUDIT_GROUP_ID'] as string]);
    const snapshot = () => withDb(async (db) => ({
      scores: await db.collection('scores').find({}).sort({ _id: 1 }).toArray(),
      entries: await db.collection('score_entries').countDocuments(),
      scoreEvents: await db.collection('audit_events').countDocuments({ type: 'duban.score.updated.v1' }),
    }));
    const before = await snapshot();
    // Every announced score (sequence ≥ 1) reached the audit log; a unit-year still at the base with nothing charged is stored silently.
    const announced = before.scores.filter((d) => (d['sequence'] as number) > 0).length;
    expect(announced).toBeGreaterThan(0);
    expect(before.scoreEvents).toBeGreaterThanOrEqual(announced);

    const [replayGroup] = await duban.replayWithNewGroups(['SCORES_GROUP_ID'], Date.now().toString(36));
    await duban.caughtUp([replayGroup as string, duban.env['AUDIT_GROUP_ID'] as string]);

    expect(await snapshot()).toEqual(before);
  }, 1_800_000);
});
