import type { ErrorCode, EventData, EventType } from '@duban/contracts';

/**
 * The vocabulary of the pure deciders (`tasks/task.decider.ts`, `enterprises/enterprise.decider.ts`):
 * plain data, no Temporal import, so decisions are unit-tested without a server and the workflow
 * shell (`workflow-loop.ts`) is the only place that touches Temporal.
 */

/**
 * An event as a decider decides it: its type, its data and, when it did not happen now, when it
 * happened (e.g. a deadline that passed while the workflow slept). The shell gives it its id, time
 * and sequence number when it enters the outbox, in the order the decider listed it.
 */
export type EventDraft = { [T in EventType]: { type: T; data: EventData<T>; at?: string } }[EventType];

/** A refused command: the stable code and message (and details) the update is rejected with. */
export interface Rejection {
  rejected: true;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** An accepted command: the events it decided, in order, and the state after it. */
export interface Decision<S> {
  events: EventDraft[];
  state: S;
}

export type Decided<S> = Decision<S> | Rejection;

export function rejection(code: ErrorCode, message: string, details?: Record<string, unknown>): Rejection {
  return { rejected: true, code, message, ...(details !== undefined && { details }) };
}

export function isRejection<S>(decided: Decided<S>): decided is Rejection {
  return 'rejected' in decided;
}

/** The decision of a command that checks no rule (the passing of time): a rejection there is a bug. */
export function accepted<S>(decided: Decided<S>): Decision<S> {
  if (isRejection(decided)) throw new Error(`a command that checks no rule was refused: ${decided.code} ${decided.message}`);
  return decided;
}

/** Thrown inside a decider to stop at the first broken rule; `decide` turns it into a {@link Rejection}. */
export class Refused extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.message);
  }
}

/** Refuses the command being decided (see {@link Refused}). */
export function refuse(code: ErrorCode, message: string, details?: Record<string, unknown>): never {
  throw new Refused(rejection(code, message, details));
}

/** The events one decision collects, in the order they are decided. */
export class EventDrafts {
  readonly list: EventDraft[] = [];

  emit<T extends EventType>(type: T, data: EventData<T>, at?: string): void {
    this.list.push({ type, data, ...(at !== undefined && { at }) } as EventDraft);
  }
}

/**
 * Runs `body` on a private copy of `state` (JSON-shaped, like everything a workflow carries):
 * what it changes and emits is the decision; a {@link refuse} inside it is the rejection, and the
 * caller's state is never touched either way.
 */
export function deciding<S>(state: S, body: (draft: S, events: EventDrafts) => void): Decided<S> {
  const draft = JSON.parse(JSON.stringify(state)) as S;
  const events = new EventDrafts();
  try {
    body(draft, events);
  } catch (e) {
    if (e instanceof Refused) return e.rejection;
    throw e;
  }
  return { events: events.list, state: draft };
}
