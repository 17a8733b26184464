import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { TaskStatus } from '@duban/contracts';

/**
 * One task as the task inbox sees it, kept by the tasks consumer from the task's events. `_id` is
 * the task id. `lastEventSequence` is the sequence of the last event applied: an event is applied
 * only when its sequence is greater, so a redelivered or replayed event changes nothing.
 */
@Schema({ collection: 'tasks', versionKey: false, strict: 'throw' })
export class TaskRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  planId!: string;

  @Prop({ required: true })
  taskCode!: string;

  /** The lead unit. */
  @Prop({ required: true })
  unit!: string;

  @Prop({ type: [String], required: true })
  coUnits!: string[];

  @Prop({ required: true })
  title!: string;

  @Prop({ type: String, required: true })
  kind!: 'task' | 'brief';

  /** The deadline date in force (after extensions and directives). */
  @Prop({ required: true })
  due!: string;

  @Prop({ required: true })
  originalDue!: string;

  /** The end of `due`, Asia/Shanghai. */
  @Prop({ required: true })
  deadline!: Date;

  @Prop({ type: String, required: true })
  status!: TaskStatus;

  @Prop({ required: true })
  progressPercent!: number;

  /** The latest submission's version (0 before the first). */
  @Prop({ required: true })
  submissions!: number;

  @Prop({ type: [String], required: true })
  pendingContributions!: string[];

  @Prop({ required: true })
  extensionPending!: boolean;

  @Prop({ required: true })
  yellowCard!: boolean;

  @Prop({ required: true })
  redCard!: boolean;

  @Prop({ required: true })
  leadingGroup!: boolean;

  /** Escalations raised and not resolved. */
  @Prop({ required: true })
  openEscalations!: number;

  @Prop({ required: true })
  assignedAt!: Date;

  @Prop()
  acceptedAt?: Date;

  /** The time of the last event applied. */
  @Prop({ required: true })
  updatedAt!: Date;

  @Prop({ required: true })
  lastEventSequence!: number;
}

export type TaskRecordDocument = HydratedDocument<TaskRecord>;
export const TaskRecordSchema = SchemaFactory.createForClass(TaskRecord);
// The inbox: a unit's tasks by status, the co-units' view, one plan's tasks, and everything by
// deadline (its sort order, and the overdue and dueBefore filters).
TaskRecordSchema.index({ unit: 1, status: 1, deadline: 1 });
TaskRecordSchema.index({ coUnits: 1, deadline: 1 });
TaskRecordSchema.index({ planId: 1, deadline: 1 });
// Briefs are listed by period (their task code) and unit.
TaskRecordSchema.index({ kind: 1, taskCode: 1, unit: 1 });
TaskRecordSchema.index({ deadline: 1, _id: 1 });
