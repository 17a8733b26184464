/** What one consumer group is doing, as its readiness reports it. */
export type ConsumerGroupState =
  | { state: 'starting'; since: string }
  | { state: 'ready'; since: string }
  | { state: 'failing'; since: string; reason: string; failures: number; retryInMs: number }
  | { state: 'stopped'; since: string };

/**
 * The readiness of every consumer group in this process, keyed by group id. A group is `failing`
 * from its handler's first failure until a handler call succeeds again; the process is ready when
 * every group is `ready`.
 */
export class ConsumerHealth {
  private readonly groups = new Map<string, ConsumerGroupState>();

  set(groupId: string, state: ConsumerGroupState): void {
    this.groups.set(groupId, state);
  }

  get(groupId: string): ConsumerGroupState | undefined {
    return this.groups.get(groupId);
  }

  /** Every group's state, and whether all are ready (none registered: not ready). */
  snapshot(): { ready: boolean; groups: Record<string, ConsumerGroupState> } {
    const groups = Object.fromEntries(this.groups);
    const states = Object.values(groups);
    return { ready: states.length > 0 && states.every((g) => g.state === 'ready'), groups };
  }
}

/** The process's consumer groups: every {@link DubanEventConsumer} reports here unless given another. */
export const consumerHealth = new ConsumerHealth();
