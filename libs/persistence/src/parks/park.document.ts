import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { Actor } from '@duban/contracts';
import type { Park } from '@duban/domain';

/**
 * One industrial transfer park (`parks`), as validated by the domain's `parkSchema`. `_id` is the
 * park id. Seeded from the domain's default parks (never overwriting a stored park) and added to
 * through the API; destination matching reads the whole collection.
 */
@Schema({ collection: 'parks', versionKey: false, strict: 'throw' })
export class ParkRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ required: true })
  nameEn!: string;

  @Prop({ required: true })
  city!: string;

  @Prop({ type: String, required: true })
  region!: Park['region'];

  @Prop({ required: true })
  paired!: boolean;

  @Prop({ required: true })
  fictional!: boolean;

  @Prop({ type: [String], required: true })
  industries!: Park['industries'];

  @Prop({ type: { enterprises: Number, occupied: Number }, _id: false, required: true })
  capacity!: Park['capacity'];

  /** Kept as the domain schema parsed it (every default filled in). */
  @Prop({ type: Object, required: true })
  entryStandards!: Park['entryStandards'];

  @Prop({ required: true })
  source!: string;

  /** `seed` for a default park, `api` for one loaded through `POST /parks`. */
  @Prop({ type: String, required: true })
  origin!: 'seed' | 'api';

  @Prop({ type: { sub: String, unit: String, roles: [String] }, _id: false })
  createdBy?: Actor;

  @Prop({ required: true })
  createdAt!: Date;
}

export type ParkRecordDocument = HydratedDocument<ParkRecord>;
export const ParkRecordSchema = SchemaFactory.createForClass(ParkRecord);
