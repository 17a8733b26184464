import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { eventTypeMatches, type SubscriptionView } from '@duban/contracts';
import { WebhookSubscription } from './webhook-subscription.document';

export interface NewSubscription {
  id: string;
  url: string;
  eventTypes: string[];
  description?: string;
  secret: string;
  createdBy: string;
  createdAt: Date;
}

/** What the delivery side needs of a subscription: where to send, what, and the key to sign with. */
export interface SubscriptionTarget {
  id: string;
  url: string;
  eventTypes: string[];
  secret: string;
  state: SubscriptionView['state'];
  createdAt: Date;
}

@Injectable()
export class WebhookSubscriptionRepository {
  constructor(@InjectModel(WebhookSubscription.name) private readonly model: Model<WebhookSubscription>) {}

  async create(s: NewSubscription): Promise<SubscriptionView> {
    const doc = await this.model.create({
      _id: s.id,
      url: s.url,
      eventTypes: s.eventTypes,
      ...(s.description !== undefined && { description: s.description }),
      secret: s.secret,
      state: 'active',
      createdAt: s.createdAt,
      createdBy: s.createdBy,
    });
    return toView(doc.toObject());
  }

  async list(): Promise<SubscriptionView[]> {
    const docs = await this.model.find({}).sort({ createdAt: 1, _id: 1 }).lean().exec();
    return docs.map(toView);
  }

  async get(id: string): Promise<SubscriptionView | undefined> {
    const doc = await this.model.findOne({ _id: { $eq: id } }).lean().exec();
    return doc ? toView(doc) : undefined;
  }

  /** The subscription with its secret, for signing; `undefined` once deleted. */
  async target(id: string): Promise<SubscriptionTarget | undefined> {
    const doc = await this.model.findOne({ _id: { $eq: id } }).lean().exec();
    return doc ? toTarget(doc) : undefined;
  }

  /** Active subscriptions whose patterns match the event type. */
  async activeFor(eventType: string): Promise<SubscriptionTarget[]> {
    const docs = await this.model.find({ state: 'active' }).lean().exec();
    return docs.filter((d) => d.eventTypes.some((p) => eventTypeMatches(p, eventType))).map(toTarget);
  }

  /** Deletes a subscription; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: { $eq: id } }).exec();
    return result.deletedCount === 1;
  }

  /** Stops deliveries to a subscription (its receiver answered 410 Gone). */
  async disable(id: string, reason: string): Promise<void> {
    await this.model.updateOne({ _id: { $eq: id }, state: 'active' }, { $set: { state: 'disabled', disabledReason: reason } }).exec();
  }
}

type SubscriptionDoc = WebhookSubscription;

function toView(d: SubscriptionDoc): SubscriptionView {
  return {
    id: d._id,
    url: d.url,
    eventTypes: [...d.eventTypes],
    ...(d.description !== undefined && { description: d.description }),
    state: d.state,
    ...(d.disabledReason !== undefined && { disabledReason: d.disabledReason }),
    createdAt: d.createdAt.toISOString(),
    createdBy: d.createdBy,
  };
}

function toTarget(d: SubscriptionDoc): SubscriptionTarget {
  return { id: d._id, url: d.url, eventTypes: [...d.eventTypes], secret: d.secret, state: d.state, createdAt: d.createdAt };
}
