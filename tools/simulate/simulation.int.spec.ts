import { EventType } from '@duban/contracts';
import { buildReport } from './report';
import { runSimulation } from './simulation';

/**
 * A shortened simulation (the seed plan's first six months, eight enterprises) against the real
 * stack: the time-skipping server runs the workflows, their events go through real Kafka into
 * the real consumers app, and the live scores it keeps must equal a recompute from its audit log.
 */
it('after a simulation, the scores recomputed from the audit log equal the live scores', async () => {
  const run = await runSimulation({ seed: 98, enterprises: 8, end: '2010-03-01T00:00:00+08:00', catchUpTimeoutMs: 420_000 });

  // The run did real work: tasks, briefs, cards and enterprises, every event once.
  const types = new Set(run.events.map((e) => e.type));
  for (const t of [EventType.PlanStarted, EventType.TaskAccepted, EventType.BriefRoundOpened, EventType.EscalationRaised, EventType.EnterpriseClassified, EventType.EnterpriseStepCompleted]) {
    expect(types).toContain(t);
  }
  expect(new Set(run.events.map((e) => e.id)).size).toBe(run.events.length);
  expect(run.events.every((e) => e.subject.startsWith(run.planId) || e.subject.startsWith('ENT-'))).toBe(true);
  // Plan time is the plan's own: nothing the workflows decided falls outside 2009-08-26 … 2010-03-01.
  expect(run.events.every((e) => e.time >= '2009-08-26T01:00:00.000Z' && Date.parse(e.time) <= Date.parse('2010-03-01T00:00:00+08:00'))).toBe(true);

  // The audit log holds at least every event the run published (plus the scores consumer's own).
  expect(run.scores.auditEvents).toBeGreaterThanOrEqual(run.events.length);
  // Live scores exist for the assessed units, some below full marks, and the recompute equals them.
  expect(run.scores.live.length).toBeGreaterThan(5);
  expect(run.scores.live.some((s) => s.score < 100)).toBe(true);
  expect(run.scores.differences).toEqual([]);
  expect(run.scores.recomputed).toEqual(run.scores.live);

  const report = buildReport({ seed: 98, plan: run.scenario.plan, period: { from: '2009-08-26', to: '2010-03-01' }, events: run.events, publishCalls: run.publishCalls, scores: run.scores, elapsedMs: run.timings.totalMs, timings: run.timings });
  expect(report.recompute.equal).toBe(true);
  expect(report.scores.years).toEqual([2009, 2010]);
  expect(report.city.tasks.acceptedOnTime).toBeGreaterThanOrEqual(1); // T1
  expect(report.city.briefs.total).toBe(70); // 7 rounds (2009-08 … 2010-02) × 10 units
}, 900_000);
