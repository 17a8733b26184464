import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { Actor } from '@duban/contracts';
import type { Park } from '@duban/domain';
import { ParkRecord } from './park.document';
import { isDuplicateKey } from '../store/store-errors';

/** A stored park: the domain's park plus where it came from. */
export type StoredPark = Park & { origin: 'seed' | 'api'; createdAt: string; createdBy?: Actor };

/**
 * The `parks` collection. Seeding inserts each default park only if no park has its id
 * (`$setOnInsert`), so it is idempotent, safe to run at every boot and by two processes at once,
 * and never undoes a park stored since.
 */
@Injectable()
export class ParkRepository {
  constructor(@InjectModel(ParkRecord.name) private readonly parks: Model<ParkRecord>) {}

  /** Inserts the parks that are missing; answers how many were inserted. */
  async seed(parks: readonly Park[], now = new Date()): Promise<number> {
    let inserted = 0;
    for (const park of parks) {
      try {
        const result = await this.parks.updateOne({ _id: { $eq: park.id } }, { $setOnInsert: toRecord(park, 'seed', now) }, { upsert: true }).exec();
        inserted += result.upsertedCount;
      } catch (e) {
        // Another process inserted it between our filter and our insert: it is there.
        if (!isDuplicateKey(e)) throw e;
      }
    }
    return inserted;
  }

  /** Every park, ordered by id (so matching never depends on insertion order). */
  async list(): Promise<StoredPark[]> {
    const docs = await this.parks.find().sort({ _id: 1 }).lean<ParkRecord[]>().exec();
    return docs.map(fromRecord);
  }

  async get(id: string): Promise<StoredPark | undefined> {
    const doc = await this.parks.findOne({ _id: { $eq: id } }).lean<ParkRecord>().exec();
    return doc ? fromRecord(doc) : undefined;
  }

  /** Stores a new park; `exists` when a park has its id already (nothing is changed). */
  async create(park: Park, actor: Actor, now = new Date()): Promise<'created' | 'exists'> {
    try {
      await this.parks.create({ ...toRecord(park, 'api', now), createdBy: actor });
      return 'created';
    } catch (e) {
      if (isDuplicateKey(e)) return 'exists';
      throw e;
    }
  }
}

function toRecord(park: Park, origin: 'seed' | 'api', now: Date): ParkRecord {
  const { id, ...rest } = park;
  return { _id: id, ...rest, origin, createdAt: now };
}

function fromRecord(doc: ParkRecord): StoredPark {
  const { _id, createdAt, createdBy, ...rest } = doc;
  return { id: _id, ...rest, createdAt: new Date(createdAt).toISOString(), ...(createdBy && { createdBy: { sub: createdBy.sub, unit: createdBy.unit, roles: [...createdBy.roles] } }) };
}
