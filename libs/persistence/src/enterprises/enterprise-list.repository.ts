import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import {
  ENTERPRISE_LIST_KEYSET,
  type EnterpriseListItem,
  type EnterpriseListPage,
  type EnterpriseListQuery,
  type EnterpriseRollup,
  type EnterpriseRollupKey,
  type EnterpriseRollupRow,
} from '@duban/contracts';
import { ROLLUP_FIELD, enterpriseListFilter, type EnterpriseScope } from './enterprise-list.filters';
import { findBucketedPage } from '../store/bucketed-page';
import { pageInfo } from '../store/keyset';
import { ListSequenceRecord } from '../store/list-sequence';
import { isEnterpriseOverdue, levelOfEscalationId } from './enterprise-projection';
import { ENTERPRISE_LIST, EnterpriseRecord } from './enterprise.document';

/** The key of a roll-up row for enterprises without a park (or not yet classified). */
export const ROLLUP_NONE = 'none';

/** Reads of the enterprise list and its roll-ups, from the projection the enterprises consumer keeps. */
@Injectable()
export class EnterpriseListRepository {
  constructor(
    @InjectModel(EnterpriseRecord.name) private readonly enterprises: Model<EnterpriseRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly positions: Model<ListSequenceRecord>,
  ) {}

  /**
   * One page of enterprises matching validated filters, in list position (registration) order
   * (keyset {@link ENTERPRISE_LIST_KEYSET}), read bucket by bucket ({@link findBucketedPage}), with
   * `nextCursor` when more may follow and `total` only when asked. With `overdue` (a range the
   * store evaluates itself) a page may be short, even empty, and still carry `nextCursor`.
   */
  async list(query: EnterpriseListQuery, now: Date, scope?: EnterpriseScope): Promise<EnterpriseListPage> {
    const list = { model: this.enterprises, positions: this.positions, name: ENTERPRISE_LIST, spec: ENTERPRISE_LIST_KEYSET };
    const filter = enterpriseListFilter(query, now, scope);
    const page = await findBucketedPage(list, filter, query, { equalityOnly: query.overdue === undefined });
    return { items: page.docs.map((d) => toEnterpriseItem(d, now)), ...pageInfo(page) };
  }

  /**
   * Counts by district, park or track, each split by status and by track, and how many are overdue.
   * Two `$group` stages that FerretDB 1.x runs (a compound `_id` of plain field paths).
   */
  async rollup(by: EnterpriseRollupKey, planId: string | undefined, now: Date, scope?: EnterpriseScope): Promise<EnterpriseRollup> {
    const field = ROLLUP_FIELD[by];
    const match = enterpriseListFilter(planId === undefined ? {} : { planId }, now, scope);
    const overdueMatch = enterpriseListFilter({ ...(planId !== undefined && { planId }), overdue: true }, now, scope);
    const [groups, overdue] = await Promise.all([
      this.enterprises
        .aggregate<{ _id: { key?: string; status: string; track?: string }; n: number }>([
          { $match: match },
          { $group: { _id: { key: `$${field}`, status: '$status', track: '$track' }, n: { $sum: 1 } } },
        ])
        .exec(),
      this.enterprises.aggregate<{ _id: string | null; n: number }>([{ $match: overdueMatch }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]).exec(),
    ]);
    return buildRollup(by, groups, overdue);
  }
}

/** Folds the grouped counts into one row per key, sorted by key (`none` last). */
export function buildRollup(
  by: EnterpriseRollupKey,
  groups: readonly { _id: { key?: string | null; status: string; track?: string | null }; n: number }[],
  overdue: readonly { _id: string | null; n: number }[],
): EnterpriseRollup {
  const rows = new Map<string, EnterpriseRollupRow>();
  const row = (key: string): EnterpriseRollupRow => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, total: 0, byStatus: {}, byTrack: {}, overdue: 0 }));
    return r;
  };
  let total = 0;
  for (const g of groups) {
    const r = row(g._id.key ?? ROLLUP_NONE);
    const track = g._id.track ?? ROLLUP_NONE;
    r.total += g.n;
    r.byStatus[g._id.status] = (r.byStatus[g._id.status] ?? 0) + g.n;
    r.byTrack[track] = (r.byTrack[track] ?? 0) + g.n;
    total += g.n;
  }
  for (const o of overdue) row(o._id ?? ROLLUP_NONE).overdue += o.n;
  const order = (k: string) => (k === ROLLUP_NONE ? '\uffff' : k);
  return { by, rows: [...rows.values()].sort((a, b) => order(a.key).localeCompare(order(b.key))), total };
}

export function toEnterpriseItem(d: EnterpriseRecord, now: Date): EnterpriseListItem {
  const levels = new Set(d.openEscalationIds.map(levelOfEscalationId));
  return {
    enterpriseId: d._id,
    planId: d.planId,
    name: d.name,
    district: d.district,
    industry: d.industry,
    status: d.status,
    ...(d.track !== undefined && d.track !== null && { track: d.track }),
    ...(d.score !== undefined && d.score !== null && { score: d.score }),
    ...(d.intention && { intention: d.intention }),
    ...(d.park && { park: { parkId: d.park.parkId, parkName: d.park.parkName, region: d.park.region } }),
    currentSteps: d.currentSteps.map((s) => ({
      step: s.step,
      stepId: s.stepId,
      unit: s.unit,
      due: s.due,
      deadline: new Date(s.deadline).toISOString(),
      overdue: new Date(s.deadline).getTime() < now.getTime(),
    })),
    completedSteps: [...d.completedSteps],
    overdue: isEnterpriseOverdue(d, now),
    yellowCard: levels.has('yellow'),
    redCard: levels.has('red'),
    leadingGroup: levels.has('leading-group'),
    openEscalations: d.openEscalationIds.length,
    ...(d.outcome && { outcome: d.outcome }),
    registeredAt: new Date(d.registeredAt).toISOString(),
    ...(d.classifiedAt && { classifiedAt: new Date(d.classifiedAt).toISOString() }),
    ...(d.closedAt && { closedAt: new Date(d.closedAt).toISOString() }),
    updatedAt: new Date(d.updatedAt).toISOString(),
    lastEventSequence: d.lastEventSequence,
  };
}
