import { EVENT_CATALOG, EventType, eventSource, formatSequence, type DubanEvent, type EventData, type EventType as EventTypeName } from '@duban/contracts';
import { enterpriseListFilter } from './enterprise-list.filters';
import { buildRollup, toEnterpriseItem } from './enterprise-list.repository';
import { projectEnterpriseEvent } from './enterprise-projection';
import type { EnterpriseRecord } from './enterprise.document';

const ID = 'ENT-FUTIAN-0001';
const official = (unit: string) => ({ sub: `official.${unit.toLowerCase()}`, unit, roles: ['official'] });

/** Valid events of one enterprise, numbered like the enterprise workflow's outbox. */
class EnterpriseEventStream {
  private sequence = 0;
  private clock = Date.parse('2026-03-02T01:00:00.000Z');

  next<T extends EventTypeName>(type: T, data: EventData<T>): DubanEvent<T> {
    this.clock += 60_000;
    this.sequence++;
    return {
      specversion: '1.0',
      id: `${ID}#${this.sequence}`,
      source: eventSource('enterpriseWorkflow'),
      type,
      subject: ID,
      time: new Date(this.clock).toISOString(),
      datacontenttype: 'application/json',
      sequence: formatSequence(this.sequence),
      data: EVENT_CATALOG[type].data.parse(data) as EventData<T>,
    };
  }
}

function fold(events: DubanEvent[]): EnterpriseRecord | undefined {
  return events.reduce<EnterpriseRecord | undefined>((doc, e) => projectEnterpriseEvent(doc, e) ?? doc, undefined);
}

function lifecycle() {
  const s = new EnterpriseEventStream();
  const registered = s.next(EventType.EnterpriseRegistered, { enterpriseId: ID, name: '测试电子', district: 'FUTIAN', industry: 'electronics-it', planId: 'p-1', actor: official('FUTIAN') });
  const awaiting = s.next(EventType.EnterpriseAwaitingIndex, { enterpriseId: ID, planId: 'p-1' });
  const classified = s.next(EventType.EnterpriseClassified, {
    enterpriseId: ID,
    district: 'FUTIAN',
    track: 'C',
    score: 21.5,
    indexVersion: 'sz-2009-v1',
    thresholdCrossed: 'score 21.50 < 55',
    redLines: [],
    explanation: ['…'],
  });
  const opened = (step: string, unit: string, due: string) =>
    s.next(EventType.EnterpriseStepOpened, { enterpriseId: ID, stepId: `${ID}/${step}`, step, unit, due, deadline: `${due}T23:59:59.999+08:00` });
  const intention = opened('intention', 'FUTIAN', '2026-03-30');
  const completed = (step: string, unit: string, payload: Record<string, unknown>) =>
    s.next(EventType.EnterpriseStepCompleted, { enterpriseId: ID, stepId: `${ID}/${step}`, step, unit, payload, overdueWorkingDays: 0, actor: official(unit) });
  return { s, registered, awaiting, classified, intention, opened, completed };
}

describe('projectEnterpriseEvent', () => {
  it('creates the row only on registration, and follows classification, steps and the park', () => {
    const l = lifecycle();
    expect(projectEnterpriseEvent(undefined, l.awaiting)).toBeUndefined();
    const afterIntention = fold([l.registered, l.awaiting, l.classified, l.intention]);
    expect(afterIntention).toMatchObject({ _id: ID, planId: 'p-1', status: 'active', track: 'C', score: 21.5, openStepNames: ['intention'], units: ['FUTIAN'], lastEventSequence: 4 });
    expect(afterIntention?.nextDeadline?.toISOString()).toBe('2026-03-30T15:59:59.999Z');

    const done = l.completed('intention', 'FUTIAN', { decision: 'transfer' });
    const destination = l.opened('destination', 'STIIC', '2026-04-20');
    const labour = l.opened('labour', 'HRSS', '2026-04-10');
    const doc = fold([l.registered, l.classified, l.intention, done, destination, labour]);
    expect(doc).toMatchObject({ intention: 'transfer', completedSteps: ['intention'], openStepNames: ['destination', 'labour'], units: ['FUTIAN', 'STIIC', 'HRSS'] });
    // The earliest open deadline decides "overdue".
    expect(doc?.nextDeadline?.toISOString()).toBe('2026-04-10T15:59:59.999Z');

    const park = l.completed('destination', 'STIIC', { parkId: 'sz-shanwei-park', parkName: '深圳（汕尾）产业转移工业园', region: 'east-wing', reasons: [] });
    expect(projectEnterpriseEvent(doc, park)).toMatchObject({ parkId: 'sz-shanwei-park', park: { region: 'east-wing' }, openStepNames: ['labour'] });
  });

  it('keeps open escalations per step until they are resolved, ignoring repeats', () => {
    const l = lifecycle();
    const raised = (level: 'yellow' | 'red', repeat: number) =>
      l.s.next(EventType.EscalationRaised, {
        escalationId: `${ID}/intention~0~${level}`,
        taskId: `${ID}/intention`,
        unit: 'FUTIAN',
        coUnits: [],
        level,
        due: '2026-03-30',
        deadline: '2026-03-30T23:59:59.999+08:00',
        overdueWorkingDays: 0,
        repeat,
        notify: ['FUTIAN'],
      });
    const base = fold([l.registered, l.classified, l.intention]);
    let doc = base as EnterpriseRecord;
    for (const e of [raised('yellow', 0), raised('yellow', 1), raised('red', 0)]) doc = projectEnterpriseEvent(doc, e) as EnterpriseRecord;
    expect(doc.openEscalationIds).toEqual([`${ID}/intention~0~yellow`, `${ID}/intention~0~red`]);
    expect(toEnterpriseItem(doc, new Date('2026-04-01T00:00:00Z'))).toMatchObject({ yellowCard: true, redCard: true, leadingGroup: false, openEscalations: 2, overdue: true });
    const resolved = l.s.next(EventType.EscalationResolved, { escalationId: `${ID}/intention~0~yellow`, taskId: `${ID}/intention`, level: 'yellow', resolution: 'completed' });
    expect(projectEnterpriseEvent(doc, resolved)?.openEscalationIds).toEqual([`${ID}/intention~0~red`]);
  });

  it('closes the case with no open step', () => {
    const l = lifecycle();
    const closed = l.s.next(EventType.EnterpriseClosed, { enterpriseId: ID, track: 'C', outcome: 'upgraded' });
    const doc = fold([l.registered, l.classified, l.intention, closed]);
    expect(doc).toMatchObject({ status: 'closed', outcome: 'upgraded', currentSteps: [], openStepNames: [], nextDeadline: null });
  });
});

describe('enterpriseListFilter', () => {
  const now = new Date('2026-04-01T00:00:00Z');
  const page = { limit: 50, count: false };

  it('compares every validated value with $eq and scopes officials', () => {
    expect(enterpriseListFilter({ ...page, track: 'C', step: 'intention', park: 'sz-shanwei-park', status: 'active', planId: 'p-1' }, now, { district: 'FUTIAN' })).toEqual({
      district: { $eq: 'FUTIAN' },
      planId: { $eq: 'p-1' },
      track: { $eq: 'C' },
      status: { $eq: 'active' },
      openStepNames: { $eq: 'intention' },
      parkId: { $eq: 'sz-shanwei-park' },
    });
    expect(enterpriseListFilter({ district: 'LUOHU' }, now, { unit: 'STIIC' })).toEqual({ units: { $eq: 'STIIC' }, district: { $eq: 'LUOHU' } });
    // Another district than the official's own: both stay, so nothing matches.
    expect(enterpriseListFilter({ district: 'LUOHU' }, now, { district: 'FUTIAN' })).toEqual({ district: { $eq: 'FUTIAN' }, $and: [{ district: { $eq: 'LUOHU' } }] });
    expect(enterpriseListFilter({ district: 'FUTIAN' }, now, { district: 'FUTIAN' })).toEqual({ district: { $eq: 'FUTIAN' } });
  });

  it('reads overdue from the earliest open deadline', () => {
    expect(enterpriseListFilter({ overdue: true }, now)).toEqual({ nextDeadline: { $lt: now } });
    expect(enterpriseListFilter({ overdue: false }, now)).toEqual({ $or: [{ nextDeadline: { $gte: now } }, { nextDeadline: { $eq: null } }] });
  });
});

describe('buildRollup', () => {
  it('folds grouped counts into one row per key, none last', () => {
    const rollup = buildRollup(
      'park',
      [
        { _id: { key: 'sz-shanwei-park', status: 'active', track: 'C' }, n: 2 },
        { _id: { status: 'awaiting-index' }, n: 3 },
        { _id: { key: 'sz-shanwei-park', status: 'closed', track: 'B' }, n: 1 },
      ],
      [{ _id: 'sz-shanwei-park', n: 1 }],
    );
    expect(rollup).toEqual({
      by: 'park',
      total: 6,
      rows: [
        { key: 'sz-shanwei-park', total: 3, byStatus: { active: 2, closed: 1 }, byTrack: { C: 2, B: 1 }, overdue: 1 },
        { key: 'none', total: 3, byStatus: { 'awaiting-index': 3 }, byTrack: { none: 3 }, overdue: 0 },
      ],
    });
  });
});
