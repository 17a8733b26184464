import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { isDuplicateKey } from './store-errors';

/**
 * A list's high-water mark (`list_sequences`): `_id` is the list's name, `seq` a recent last
 * position claimed. Only a hint: FerretDB 1.x applies an update as read, modify, write without
 * isolation, so concurrent `$inc`s lose increments and two "compare-and-set" updates can both
 * match (measured: 20 concurrent `$inc: 3` from 0 ended at 12; docs/store.md). Positions are
 * therefore claimed by inserting a {@link ListPositionClaim}, whose `_id` the store keeps unique.
 */
@Schema({ collection: 'list_sequences', versionKey: false, strict: 'throw' })
export class ListSequenceRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  seq!: number;

  /** Set once every row that existed before positions were kept has been given one. */
  @Prop()
  backfilledAt?: Date;
}
export const ListSequenceSchema = SchemaFactory.createForClass(ListSequenceRecord);

/** One claimed position (`list_positions`): `_id` is `{list}:{position}`, unique by the store's own `_id` index. */
@Schema({ collection: 'list_positions', versionKey: false, strict: 'throw' })
export class ListPositionClaim {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  claimedAt!: Date;
}
export const ListPositionClaimSchema = SchemaFactory.createForClass(ListPositionClaim);

/** The models of list positions, for the `MongooseModule.forFeature` of every module with a positioned list. */
export const LIST_POSITION_MODELS = [
  { name: ListSequenceRecord.name, schema: ListSequenceSchema },
  { name: ListPositionClaim.name, schema: ListPositionClaimSchema },
];

/** The models a list's positions are kept in. */
export interface ListPositionModels {
  sequences: Model<ListSequenceRecord>;
  claims: Model<ListPositionClaim>;
}

/**
 * Rows per bucket of a bucketed list (ours). A page reads whole buckets by an equality on
 * `listBucket`, the only kind of filter FerretDB 1.x hands to PostgreSQL's index (docs/store.md);
 * 32 keeps one bucket read at about the cost of one page of 20 (measured: a 32-row bucket of
 * enterprise-sized rows in ~16 ms, a 100-row one in ~35 ms, on FerretDB/PostgreSQL here).
 */
export const LIST_BUCKET_SIZE = 32;

/** The bucket of list position `seq`. */
export const listBucketOf = (seq: number): number => Math.floor(seq / LIST_BUCKET_SIZE);

/** Claims tried one position apart before the steps double (the claims of writers in flight). */
const LINEAR_CLAIMS = 8;
/** Claims tried in all; with doubling steps they reach far past any lag of the high-water mark. */
const MAX_CLAIM_ATTEMPTS = 40;

/**
 * Claims the first free unit (a position or a bucket) from `first` on, by inserting `idOf(unit)`;
 * the store refuses a second claim of an id, so concurrent writers never share a unit. After
 * {@link LINEAR_CLAIMS} taken units the steps double, so a high-water mark left far behind (see
 * {@link raiseHighWaterMark}) costs a few claims and a gap, not one claim per unit.
 */
async function claimFrom(claims: Model<ListPositionClaim>, first: number, idOf: (unit: number) => string): Promise<number> {
  let unit = first;
  for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
    try {
      await claims.create({ _id: idOf(unit), claimedAt: new Date() });
      return unit;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      unit += attempt < LINEAR_CLAIMS ? 1 : 2 ** (attempt - LINEAR_CLAIMS + 1);
    }
  }
  throw new Error(`no free ${idOf(unit)} found in ${MAX_CLAIM_ATTEMPTS} claims; retried on redelivery`);
}

/**
 * Claims a free position of list `name` (positions start at 1) after its high-water mark, raises
 * the mark to it and returns it. A gap (skipped, or claimed and never written after a crash) only
 * makes a bucket hold fewer rows; readers step over it.
 */
export async function claimListPosition(models: ListPositionModels, name: string): Promise<number> {
  const position = await claimFrom(models.claims, (await lastListPosition(models.sequences, name)) + 1, (p) => `${name}:${p}`);
  await raiseHighWaterMark(models.sequences, name, position);
  return position;
}

/**
 * Claims a whole free bucket of list `name` for one writer (`{name}:b{bucket}`), after the
 * high-water mark's, raises the mark to the bucket's last position and returns it. For a writer
 * that appends many rows (the audit log): one claim per {@link LIST_BUCKET_SIZE} rows instead of
 * one per row; the bucket's positions are then its own to hand out in order.
 */
export async function claimListBucket(models: ListPositionModels, name: string): Promise<number> {
  const bucket = await claimFrom(models.claims, listBucketOf(await lastListPosition(models.sequences, name)) + 1, (b) => `${name}:b${b}`);
  await raiseHighWaterMark(models.sequences, name, (bucket + 1) * LIST_BUCKET_SIZE - 1);
  return bucket;
}

/**
 * Moves the high-water mark up to `position` (never down, as far as one writer can tell). Not
 * isolated on FerretDB (see {@link ListSequenceRecord}): a concurrent raise can leave it a few
 * positions behind, which the next claim steps over and readers allow for ({@link HIGH_WATER_SLACK}).
 */
export async function raiseHighWaterMark(sequences: Model<ListSequenceRecord>, name: string, position: number): Promise<void> {
  try {
    await sequences.updateOne({ _id: { $eq: name } }, { $max: { seq: position } }, { upsert: true }).exec();
  } catch (e) {
    // Two first raises at once: one inserted the row; raise it again as an update.
    if (!isDuplicateKey(e)) throw e;
    await sequences.updateOne({ _id: { $eq: name } }, { $max: { seq: position } }).exec();
  }
}

/**
 * How far behind the last claimed position the high-water mark may be: the claims in flight at
 * once, far fewer than a bucket. Readers read up to this far past it.
 */
export const HIGH_WATER_SLACK = LIST_BUCKET_SIZE;

/** The high-water mark of list `name`, 0 when none (see {@link HIGH_WATER_SLACK}). */
export async function lastListPosition(sequences: Model<ListSequenceRecord>, name: string): Promise<number> {
  const row = await sequences.findOne({ _id: { $eq: name } }, { seq: 1 }).lean<Pick<ListSequenceRecord, 'seq'>>().exec();
  return row?.seq ?? 0;
}

/** A row a list's backfill looks at: its id, its position if it has one, and what orders it. */
export type BackfillRow = { _id: string; listSeq?: number } & Record<string, unknown>;

/**
 * Gives a list position to every row of `model` stored before the list kept positions, in
 * `order`, once per database: afterwards the list's high-water row carries `backfilledAt`. A row
 * takes a position only if it still has none; two writers backfilling at once may each claim one
 * for the same row (FerretDB's updates are not isolated), and the one not kept is a gap. Reads the
 * whole collection once (only `fields`).
 */
export async function backfillListPositions<T>(
  sequences: Model<ListSequenceRecord>,
  name: string,
  model: Model<T>,
  options: { fields: readonly string[]; order: (a: BackfillRow, b: BackfillRow) => number; nextPosition: () => Promise<number> },
): Promise<number> {
  const mark = await sequences.findOne({ _id: { $eq: name } }).lean<ListSequenceRecord>().exec();
  if (mark?.backfilledAt) return 0;
  const projection = Object.fromEntries(['_id', 'listSeq', ...options.fields].map((f) => [f, 1]));
  const rows = await model.find({}, projection).lean<BackfillRow[]>().exec();
  const missing = rows.filter((r) => r.listSeq === undefined).sort(options.order);
  for (const row of missing) {
    const listSeq = await options.nextPosition();
    await model.updateOne({ _id: { $eq: row._id }, listSeq: { $exists: false } } as FilterQuery<T>, { $set: { listSeq, listBucket: listBucketOf(listSeq) } } as UpdateQuery<T>).exec();
  }
  await sequences.updateOne({ _id: { $eq: name } }, { $set: { backfilledAt: new Date() }, $max: { seq: 0 } }, { upsert: true }).exec();
  return missing.length;
}
