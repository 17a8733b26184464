import type { EvaluationIndexDefinition } from '@duban/domain';
import type { IndexDeliveryRepository, IndexWaiter } from '@duban/persistence';
import type { IndexSignaller, SignalOutcome } from './index-signaller';

/** Waiters read per page: below FerretDB's first batch (101), so each read closes its cursor at once. */
const PAGE_SIZE = 100;

export interface IndexDeliveryLogger {
  log(message: string): void;
  warn(message: string): void;
}

/** How one event was handled, for logs and tests. */
export interface DeliveryTally {
  signalled: number;
  /** Waiters whose workflow is closed or missing: dropped. */
  gone: number;
}

/**
 * Hands a plan's evaluation index to the enterprise workflows registered before it was in force
 * (五(一): T1's index is the scale they are classified on; this routing is ours). The plan
 * announces its index once (`EvaluationIndexSet`) and each waiting enterprise announces itself
 * (`EnterpriseAwaitingIndex`); the two meet in the store, so the plan workflow is never touched
 * per registration. Each handler writes its own fact first and then reads the other's: whichever
 * of the two events is handled second sees the first, so neither order loses an enterprise (both
 * may signal, which is harmless: the enterprise keeps the first index it gets). A waiter is
 * deleted only after its signal was accepted or its workflow is gone, so a failure part-way leaves
 * the rest for the retry, and a redelivered event finds less (or nothing) left to do.
 */
export class IndexDeliveryService {
  constructor(
    private readonly store: IndexDeliveryRepository,
    private readonly signaller: IndexSignaller,
    /** Signals in flight at once (≥ 1). */
    private readonly concurrency: number,
    private readonly logger: IndexDeliveryLogger,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
  }

  /**
   * On `EvaluationIndexSet`: stores the plan's index, then signals every waiter of the plan, at
   * most `concurrency` at a time, deleting each after its signal. `heartbeat` is called after each
   * page, so a plan with many waiters keeps its Kafka group membership.
   */
  async indexSet(planId: string, index: EvaluationIndexDefinition, eventId: string, heartbeat: () => Promise<void> = async () => undefined): Promise<DeliveryTally> {
    await this.store.setPlanIndex(planId, index, eventId);
    const tally: DeliveryTally = { signalled: 0, gone: 0 };
    // Paging by deletion: every waiter of a page is deleted or the call throws, so the next read
    // returns the ones not served yet and the loop ends when none is left.
    for (let page = await this.store.waitersOf(planId, PAGE_SIZE); page.length > 0; page = await this.store.waitersOf(planId, PAGE_SIZE)) {
      await forEachBounded(page, this.concurrency, async (waiter) => {
        tally[await this.deliver(waiter, index) === 'signalled' ? 'signalled' : 'gone']++;
      });
      await heartbeat();
    }
    if (tally.signalled + tally.gone > 0) this.logger.log(`plan ${planId}: evaluation index ${index.version} signalled to ${tally.signalled} waiting enterprise(s), ${tally.gone} gone`);
    return tally;
  }

  /** On `EnterpriseAwaitingIndex`: stores the waiter, then signals it at once if the plan's index is known. */
  async awaitingIndex(waiter: IndexWaiter): Promise<'waiting' | SignalOutcome> {
    await this.store.addWaiter(waiter);
    const index = await this.store.planIndex(waiter.planId);
    return index === undefined ? 'waiting' : this.deliver(waiter, index);
  }

  private async deliver(waiter: IndexWaiter, index: EvaluationIndexDefinition): Promise<SignalOutcome> {
    const outcome = await this.signaller.signal(waiter.workflowId, index);
    if (outcome === 'gone') this.logger.warn(`enterprise workflow ${waiter.workflowId} (plan ${waiter.planId}) is closed or missing: dropped from the waiters of the evaluation index`);
    await this.store.removeWaiter(waiter.workflowId);
    return outcome;
  }
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight. After a failure no new call starts;
 * the ones in flight are awaited (so none outlives the handler), then the first error is thrown.
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}
