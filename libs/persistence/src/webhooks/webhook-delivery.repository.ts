import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import { deliveryId, type DeadLetterQuery, type DeliveryState, type DeliveryView } from '@duban/contracts';
import { WebhookAttempt } from './webhook-attempt.document';
import { WebhookDelivery } from './webhook-delivery.document';
import { isDuplicateKey } from '../store/store-errors';

export interface NewDelivery {
  subscriptionId: string;
  eventId: string;
  eventType: string;
  subject: string;
  body: string;
}

/** A delivery leased to one sender for one attempt. */
export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  body: string;
  /** This attempt's number (1-based, over the delivery's whole life): the fencing token of the lease. */
  attempt: number;
  /** This attempt's number within the current round (restarts at 1 after an admin retry). */
  attemptInRound: number;
}

export interface AttemptOutcome {
  status?: number;
  error: string;
}

export type RetryOutcome = 'requeued' | 'not-found' | 'not-dead';

/**
 * The webhook delivery records. Who may send attempt N, and who may record success, is decided
 * by inserting a record with a unique `_id` into `webhook_attempts` (see {@link WebhookAttempt}):
 * two consumer processes never hold the same attempt, and success is recorded once. Failure
 * reports are fenced by the attempt number, so a sender whose lease ran out cannot reschedule.
 */
@Injectable()
export class WebhookDeliveryRepository {
  constructor(
    @InjectModel(WebhookDelivery.name) private readonly model: Model<WebhookDelivery>,
    @InjectModel(WebhookAttempt.name) private readonly attempts: Model<WebhookAttempt>,
  ) {}

  /** Records a pending delivery due now; `exists` when this event was already queued for this subscription. */
  async enqueue(d: NewDelivery, now: Date): Promise<'created' | 'exists'> {
    try {
      await this.model.create({
        _id: deliveryId(d.subscriptionId, d.eventId),
        ...d,
        state: 'pending',
        attempts: 0,
        roundStartAttempts: 0,
        nextAttemptAt: now,
        manualRetries: 0,
        createdAt: now,
        updatedAt: now,
      });
      return 'created';
    } catch (e) {
      if (isDuplicateKey(e)) return 'exists';
      throw e;
    }
  }

  /**
   * Leases up to `limit` due deliveries to `owner` for `leaseMs`. Attempt N+1 of a delivery seen
   * with N attempts belongs to whoever inserts `${id}#${N+1}` first; the others skip it. The lease
   * is `nextAttemptAt` itself: if the owner dies mid-send, the record falls due again when the
   * lease ends (and that attempt counts).
   */
  async claimDue(now: Date, leaseMs: number, owner: string, limit: number): Promise<ClaimedDelivery[]> {
    const due = await this.model
      .find({ state: 'pending', nextAttemptAt: { $lte: now } })
      .sort({ nextAttemptAt: 1 })
      .limit(limit)
      .select({ _id: 1, attempts: 1 })
      .lean()
      .exec();
    const claimed: ClaimedDelivery[] = [];
    for (const candidate of due) {
      const attempt = candidate.attempts + 1;
      if (!(await this.insertLock({ _id: `${candidate._id}#${attempt}`, kind: 'attempt', deliveryId: candidate._id, attempt, owner, at: now }))) continue;
      await this.model
        .updateOne({ _id: candidate._id, state: 'pending' }, { $set: { attempts: attempt, nextAttemptAt: new Date(now.getTime() + leaseMs), leaseOwner: owner, updatedAt: now } })
        .exec();
      const d = await this.model.findById(candidate._id).lean().exec();
      // Delivered (by a sender whose lease had run out) or cancelled meanwhile: nothing to send.
      if (!d || d.state !== 'pending' || d.attempts !== attempt) continue;
      claimed.push({
        id: d._id,
        subscriptionId: d.subscriptionId,
        eventId: d.eventId,
        eventType: d.eventType,
        body: d.body,
        attempt,
        attemptInRound: attempt - d.roundStartAttempts,
      });
    }
    return claimed;
  }

  /**
   * Records success, once: the first to insert `${id}#delivered` writes it, whoever holds the
   * lease now (the receiver has the event, so a late success wins over a retry in flight).
   */
  async markDelivered(id: string, attempt: number, owner: string, status: number, at: Date): Promise<boolean> {
    if (!(await this.insertLock({ _id: `${id}#delivered`, kind: 'success', deliveryId: id, attempt, owner, at }))) return false;
    await this.model
      .updateOne({ _id: { $eq: id } }, { $set: { state: 'delivered', lastStatus: status, deliveredAt: at, updatedAt: at }, $unset: { lastError: 1, leaseOwner: 1 } })
      .exec();
    return true;
  }

  /** Schedules the next attempt after a failure; ignored if the lease of `attempt` was lost. */
  async scheduleRetry(id: string, attempt: number, outcome: AttemptOutcome, retryAt: Date, at: Date): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: { $eq: id }, state: 'pending', attempts: attempt },
        { $set: { nextAttemptAt: retryAt, lastError: outcome.error, updatedAt: at, ...statusOf(outcome) }, $unset: { leaseOwner: 1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Moves a delivery to the dead-letter list after its last attempt (or a 410); ignored if the lease of `attempt` was lost. */
  async markDead(id: string, attempt: number, outcome: AttemptOutcome, at: Date): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: { $eq: id }, state: 'pending', attempts: attempt },
        { $set: { state: 'dead', deadAt: at, lastError: outcome.error, updatedAt: at, ...statusOf(outcome) }, $unset: { leaseOwner: 1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Drops a pending delivery whose subscription is gone or disabled. */
  async cancel(id: string, reason: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: { $eq: id }, state: 'pending' }, { $set: { state: 'cancelled', lastError: reason, updatedAt: at }, $unset: { leaseOwner: 1 } }).exec();
  }

  /** Re-queues a dead letter for a new round of attempts, due now: same record, same event id. */
  async retryDead(id: string, now: Date): Promise<RetryOutcome> {
    const current = await this.model.findOne({ _id: { $eq: id } }).select({ state: 1, attempts: 1 }).lean().exec();
    if (!current) return 'not-found';
    const result = await this.model
      .updateOne(
        { _id: { $eq: id }, state: 'dead', attempts: current.attempts },
        { $set: { state: 'pending', nextAttemptAt: now, roundStartAttempts: current.attempts, updatedAt: now }, $inc: { manualRetries: 1 }, $unset: { deadAt: 1 } },
      )
      .exec();
    return result.modifiedCount === 1 ? 'requeued' : 'not-dead';
  }

  /** Inserts a lock record; false when it exists already (another process got there first). */
  private async insertLock(lock: WebhookAttempt): Promise<boolean> {
    try {
      await this.attempts.create(lock);
      return true;
    } catch (e) {
      if (isDuplicateKey(e)) return false;
      throw e;
    }
  }

  async get(id: string): Promise<DeliveryView | undefined> {
    const d = await this.model.findOne({ _id: { $eq: id } }).lean().exec();
    return d ? toView(d) : undefined;
  }

  /** How many deliveries are dead letters now (the consumers' `duban_webhook_dead_letters`; counted on the `state` index). */
  async countDead(): Promise<number> {
    return this.model.countDocuments({ state: 'dead' }).exec();
  }

  /** The dead-letter list, most recent first. */
  async deadLetters(query: DeadLetterQuery): Promise<DeliveryView[]> {
    const filter: FilterQuery<WebhookDelivery> = { state: 'dead' };
    if (query.subscriptionId !== undefined) filter.subscriptionId = { $eq: query.subscriptionId };
    const docs = await this.model.find(filter).sort({ deadAt: -1, _id: 1 }).skip(query.offset).limit(query.limit).lean().exec();
    return docs.map(toView);
  }

  /** One subscription's deliveries, most recently changed first. */
  async ofSubscription(subscriptionId: string, state: DeliveryState | undefined, limit: number, offset: number): Promise<DeliveryView[]> {
    const filter: FilterQuery<WebhookDelivery> = { subscriptionId: { $eq: subscriptionId } };
    if (state !== undefined) filter.state = { $eq: state };
    const docs = await this.model.find(filter).sort({ updatedAt: -1, _id: 1 }).skip(offset).limit(limit).lean().exec();
    return docs.map(toView);
  }

  /** Cancels every pending delivery of a deleted subscription. */
  async cancelPendingOf(subscriptionId: string, reason: string, at: Date): Promise<number> {
    const result = await this.model
      .updateMany({ subscriptionId: { $eq: subscriptionId }, state: 'pending' }, { $set: { state: 'cancelled', lastError: reason, updatedAt: at } })
      .exec();
    return result.modifiedCount;
  }
}

function statusOf(outcome: AttemptOutcome): { lastStatus?: number } {
  return outcome.status === undefined ? {} : { lastStatus: outcome.status };
}

function toView(d: WebhookDelivery): DeliveryView {
  return {
    id: d._id,
    subscriptionId: d.subscriptionId,
    eventId: d.eventId,
    eventType: d.eventType,
    subject: d.subject,
    state: d.state,
    attempts: d.attempts,
    ...(d.state === 'pending' && { nextAttemptAt: d.nextAttemptAt.toISOString() }),
    ...(d.lastStatus !== undefined && { lastStatus: d.lastStatus }),
    ...(d.lastError !== undefined && { lastError: d.lastError }),
    ...(d.deliveredAt !== undefined && { deliveredAt: d.deliveredAt.toISOString() }),
    ...(d.deadAt !== undefined && { deadAt: d.deadAt.toISOString() }),
    manualRetries: d.manualRetries,
    createdAt: d.createdAt.toISOString(),
  };
}
