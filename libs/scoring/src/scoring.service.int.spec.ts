import { randomBytes } from 'node:crypto';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { MongoClient, type Db } from 'mongodb';
import { EVENT_CATALOG, EventType, eventSource, formatSequence, parseSequence, type DubanEvent, type EventData } from '@duban/contracts';
import { computeScores, scoreKey, type ScoringEvent, type UnitYearScore } from '@duban/domain';
import { stackConfig } from '@duban/stack';
import { recomputeScores } from './score-recompute';
import { type ScoreUpdatedEvent } from './score-updated.event';
import { ScoringModule } from './scoring.module';
import { ScoringService } from './scoring.service';

/**
 * The scoring service over the real store (FerretDB): the live scores always equal the domain's
 * pure recompute over the same events; an unchanged or silent score publishes nothing; a redelivered
 * batch changes and publishes nothing; an event written but not published (a crash) is published
 * at start with the same id; two instances moving the same unit-year concurrently never publish
 * one sequence twice; and the recompute from the audit log names a tampered live score.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_scoring_${randomBytes(4).toString('hex')}`);
const planId = `int-scoring-${randomBytes(3).toString('hex')}`;
const actor = { sub: 'admin', unit: 'PERF', roles: ['admin'] };
/** Custom rules in `plan.started`: a yellow card costs 3 here (default 2), so the test sees the plan's rules applied. */
const rules = { base: 100, perOverdueWorkingDay: 0.5, overdueCapPerTask: 10, yellowCard: 3, redCard: 5, missedBrief: 1, earlyCompletionBonus: 1, excellentAtLeast: 90 };

@Module({})
class ScoringTestModule {
  static on(mongoUri: string): DynamicModule {
    return { module: ScoringTestModule, imports: [MongooseModule.forRoot(mongoUri), ScoringModule] };
  }
}

let client: MongoClient;
let db: Db;
const contexts: INestApplicationContext[] = [];
/** Every event applied so far, for the pure recompute to compare with. */
const applied: DubanEvent[] = [];

/** A new scoring service with its own Nest context (another consumer process, as far as the store can tell). */
async function instance(): Promise<ScoringService> {
  const app = await NestFactory.createApplicationContext(ScoringTestModule.on(uri), { logger: ['error', 'warn'] });
  contexts.push(app);
  return app.get(ScoringService);
}

/** One subject's events, with the sequence its owner would give them. */
class Stream {
  private sequence = 0;
  constructor(
    readonly subject: string,
    private readonly workflow: string,
  ) {}

  next<T extends EventType>(type: T, data: EventData<T>, time: string): DubanEvent<T> {
    this.sequence++;
    return {
      specversion: '1.0',
      id: `${this.subject}#${this.sequence}`,
      source: eventSource(this.workflow),
      type,
      subject: this.subject,
      time,
      datacontenttype: 'application/json',
      sequence: formatSequence(this.sequence),
      data: EVENT_CATALOG[type].data.parse(data) as EventData<T>,
    };
  }
}

const plan = new Stream(planId, 'planWorkflow');
const task = (code: string, unit: string, coUnits: string[], due: string) => {
  const taskId = `${planId}.${code}.${unit}`;
  const s = new Stream(taskId, 'taskWorkflow');
  const assigned = s.next(EventType.TaskAssigned, { taskId, planId, taskCode: code, unit, coUnits, title: code, due, deadline: `${due}T23:59:59.999+08:00`, kind: 'task' }, '2026-03-02T01:00:00.000Z');
  const yellow = (time: string, overdueWorkingDays: number) =>
    s.next(
      EventType.EscalationRaised,
      { escalationId: `${taskId}~0~yellow`, taskId, unit, coUnits, level: 'yellow', due, deadline: `${due}T23:59:59.999+08:00`, overdueWorkingDays, repeat: 0, notify: [unit, 'DUCHA'] },
      time,
    );
  const submitted = (time: string) => s.next(EventType.TaskSubmitted, { taskId, version: 1, summary: 'done', evidence: [], actor: { sub: 'o', unit, roles: ['official'] } }, time);
  const accepted = (time: string) => s.next(EventType.TaskAccepted, { taskId, version: 1, actor: { sub: 's', unit: 'DUCHA', roles: ['supervisor'] } }, time);
  return { taskId, assigned, yellow, submitted, accepted };
};

/** A publisher that records what it was given. */
function recorder(): { events: ScoreUpdatedEvent[]; publish: (e: ScoreUpdatedEvent) => Promise<void> } {
  const events: ScoreUpdatedEvent[] = [];
  return { events, publish: (e) => Promise.resolve(void events.push(e)) };
}

async function apply(service: ScoringService, batch: DubanEvent[], publish: (e: ScoreUpdatedEvent) => Promise<void>): Promise<void> {
  await service.applyBatch(batch, publish);
  for (const e of batch) if (!applied.some((a) => a.id === e.id)) applied.push(e);
}

type LiveScore = UnitYearScore & { _id: string; sequence: number; pendingEvent: ScoreUpdatedEvent | null; digest: string; updatedAt: Date };
const live = () => db.collection<LiveScore>('scores').find({ planId }).sort({ _id: 1 }).toArray();

/** The domain's pure recompute over every event applied so far, as `{key: score}`. */
function expected(): Record<string, Pick<UnitYearScore, 'score' | 'excellent' | 'belowTarget' | 'items'>> {
  const scoring: ScoringEvent[] = applied.map((e) => ({ id: e.id, type: e.type, subject: e.subject, time: e.time, sequence: parseSequence(e.sequence), data: e.data }));
  return Object.fromEntries(computeScores(scoring).map((s) => [scoreKey(s), { score: s.score, excellent: s.excellent, belowTarget: s.belowTarget, items: s.items }]));
}
const actual = async () => Object.fromEntries((await live()).map((s) => [s._id, { score: s.score, excellent: s.excellent, belowTarget: s.belowTarget, items: s.items }]));

beforeAll(async () => {
  client = await MongoClient.connect(uri);
  db = client.db();
});

afterAll(async () => {
  for (const app of contexts) await app.close();
  await db?.dropDatabase();
  await client?.close();
});

describe('ScoringService on the real store', () => {
  const t1 = task('T1', 'STIIC', ['STATS'], '2026-03-31');
  const started = plan.next(EventType.PlanStarted, { planId, title: 'int', issuedOn: '2026-03-01', tasks: [t1.taskId], scoring: rules, actor }, '2026-03-02T00:00:00.000Z');

  it('assesses units at the base score silently, then announces each change with the next sequence and the previous score', async () => {
    const scoring = await instance();
    const out = recorder();
    await apply(scoring, [started, t1.assigned], out.publish);
    expect(out.events).toEqual([]);
    expect((await live()).map((s) => [s._id, s.score, s.sequence, s.pendingEvent])).toEqual([
      [`${planId}/STATS/2026`, 100, 0, null],
      [`${planId}/STIIC/2026`, 100, 0, null],
    ]);

    await apply(scoring, [t1.yellow('2026-04-02T02:00:00.000Z', 2)], out.publish);
    expect(await actual()).toEqual(expected());
    const stiic = (await live()).find((s) => s.unit === 'STIIC');
    // The plan's own rules (yellow card 3) were applied, not the defaults (2).
    expect(stiic?.items.find((i) => i.rule === 'yellow-card')?.points).toBe(-3);
    const announced = out.events.map((e) => [e.subject, parseSequence(e.sequence), e.data.score, e.data.previousScore]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(announced).toEqual((await live()).map((s) => [s._id, 1, s.score, 100]));
    expect((await live()).every((s) => s.pendingEvent === null)).toBe(true);
  });

  it('changes and publishes nothing when a batch is delivered again, in any order', async () => {
    const scoring = await instance();
    const before = await live();
    const out = recorder();
    await apply(scoring, [...applied].reverse(), out.publish);
    expect(out.events).toEqual([]);
    expect(await live()).toEqual(before);
  });

  it('publishes at start what a crash left in the outbox, with the same id, and only once', async () => {
    const crashing = await instance();
    const failing = () => Promise.reject(new Error('broker down'));
    const late = [t1.submitted('2026-04-07T02:00:00.000Z'), t1.accepted('2026-04-08T02:00:00.000Z')];
    await expect(crashing.applyBatch(late, failing)).rejects.toThrow('broker down');
    for (const e of late) applied.push(e);
    const left = (await live()).filter((s) => s.pendingEvent !== null);
    expect(left.length).toBeGreaterThan(0);

    const restarted = await instance();
    const out = recorder();
    expect(await restarted.publishPending(out.publish)).toBe(left.length);
    expect(out.events.map((e) => e.id).sort()).toEqual(left.map((s) => s.pendingEvent?.id).sort());
    expect((await live()).every((s) => s.pendingEvent === null)).toBe(true);
    expect(await actual()).toEqual(expected());

    // Redelivered after the restart: the scores are already right, nothing is announced again.
    const again = recorder();
    await apply(restarted, late, again.publish);
    expect(again.events).toEqual([]);
    expect(await restarted.publishPending(again.publish)).toBe(0);
  });

  it('never publishes two different events with one unit-year sequence when two instances move it at the same time', async () => {
    const [a, b] = [await instance(), await instance()];
    const out = recorder();
    for (let round = 0; round < 4; round++) {
      const x = task(`TX${round}`, 'STIIC', [], '2026-05-29');
      const y = task(`TY${round}`, 'STIIC', [], '2026-05-29');
      await Promise.all([apply(a, [x.assigned], out.publish), apply(b, [y.assigned], out.publish)]);
      const time = `2026-06-0${round + 2}T02:00:00.000Z`;
      await Promise.all([apply(a, [x.yellow(time, round + 1)], out.publish), apply(b, [y.yellow(time, round + 1)], out.publish)]);
    }
    expect(await actual()).toEqual(expected());
    const key = `${planId}/STIIC/2026`;
    // An instance publishes what it finds in another's outbox before anything newer (at least once,
    // same id: consumers drop the duplicate), so one event may be published twice; two different
    // events must never share a sequence.
    const byId = new Map(out.events.filter((e) => e.subject === key).map((e) => [e.id, e]));
    const sequences = [...byId.values()].map((e) => parseSequence(e.sequence));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences.length).toBeGreaterThan(1);
    const stored = (await live()).find((s) => s._id === key);
    expect(Math.max(...sequences)).toBe(stored?.sequence);
    expect([...byId.values()].find((e) => parseSequence(e.sequence) === stored?.sequence)?.data.score).toBe(stored?.score);
  });

  it('recomputes from the audit log exactly the live scores, and names a tampered one', async () => {
    await db.collection('audit_events').insertMany(
      applied.map((e) => ({ _id: e.id as unknown as never, type: e.type, subject: e.subject, time: new Date(e.time), sequence: parseSequence(e.sequence), data: e.data })),
    );
    expect((await recomputeScores(db)).differences).toEqual([]);
    const key = `${planId}/STATS/2026`;
    await db.collection<LiveScore>('scores').updateOne({ _id: key }, { $inc: { score: 1 } });
    expect((await recomputeScores(db)).differences).toEqual([expect.objectContaining({ key, kind: 'different' })]);
  });
});
