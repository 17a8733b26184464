import { EventType } from '@duban/contracts';
import { WorkerMetrics, ladderLatenessSeconds } from './worker-metrics';

const at = Date.parse('2026-12-02T10:00:00.000Z');

describe('ladderLatenessSeconds', () => {
  it('is publish time minus the planned instant for reminders and escalations, never negative', () => {
    expect(ladderLatenessSeconds({ type: EventType.EscalationRaised, time: '2026-12-02T09:59:58.500Z' }, at)).toBe(1.5);
    expect(ladderLatenessSeconds({ type: EventType.DeadlineReminder, time: '2026-12-02T10:00:01.000Z' }, at)).toBe(0);
  });

  it('is undefined for every other event and for an unreadable time', () => {
    expect(ladderLatenessSeconds({ type: EventType.PlanStarted, time: '2026-12-02T09:00:00.000Z' }, at)).toBeUndefined();
    expect(ladderLatenessSeconds({ type: EventType.EscalationRaised, time: 'not a time' }, at)).toBeUndefined();
  });
});

describe('WorkerMetrics', () => {
  it('counts every publish by type, times ladder events within a day and counts older ones as caught up', async () => {
    const m = new WorkerMetrics();
    m.recordPublished({ type: EventType.PlanStarted, time: '2026-12-02T09:00:00.000Z' }, at);
    m.recordPublished({ type: EventType.EscalationRaised, time: '2026-12-02T09:59:58.000Z' }, at);
    m.recordPublished({ type: EventType.EscalationRaised, time: '2009-09-01T00:00:00.000Z' }, at);
    const text = await m.registry.metrics();
    expect(text).toContain(`duban_events_published_total{type="${EventType.EscalationRaised}",app="worker"} 2`);
    expect(text).toContain(`duban_ladder_event_lateness_seconds_count{app="worker",type="${EventType.EscalationRaised}"} 1`);
    expect(text).toContain(`duban_ladder_event_lateness_seconds_sum{app="worker",type="${EventType.EscalationRaised}"} 2`);
    expect(text).toContain(`duban_ladder_event_lateness_seconds_bucket{le="2.5",app="worker",type="${EventType.EscalationRaised}"} 1`);
    expect(text).toContain(`duban_ladder_events_caught_up_total{type="${EventType.EscalationRaised}",app="worker"} 1`);
  });
});
