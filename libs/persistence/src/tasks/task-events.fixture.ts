import { EVENT_CATALOG, eventSource, formatSequence, type DubanEvent, type EventData, type EventType } from '@duban/contracts';

/**
 * Builds valid task events for tests of the projections: one subject, sequence numbers counted
 * like the task workflow's outbox, each event checked against the catalogue.
 */
export class TaskEventStream {
  private sequence = 0;
  private clock: number;

  constructor(
    readonly taskId: string,
    start = '2026-03-02T01:00:00.000Z',
  ) {
    this.clock = Date.parse(start);
  }

  next<T extends EventType>(type: T, data: Omit<EventData<T>, 'taskId'>, minutesLater = 1): DubanEvent<T> {
    this.clock += minutesLater * 60_000;
    const full = EVENT_CATALOG[type].data.parse({ taskId: this.taskId, ...data }) as EventData<T>;
    this.sequence++;
    return {
      specversion: '1.0',
      id: `${this.taskId}#${this.sequence}`,
      source: eventSource('taskWorkflow'),
      type,
      subject: this.taskId,
      time: new Date(this.clock).toISOString(),
      datacontenttype: 'application/json',
      sequence: formatSequence(this.sequence),
      data: full,
    };
  }
}

export const official = (unit: string) => ({ sub: `official.${unit.toLowerCase()}`, unit, roles: ['official'] });
export const supervisor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };
