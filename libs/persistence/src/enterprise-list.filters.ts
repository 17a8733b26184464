import type { FilterQuery } from 'mongoose';
import type { EnterpriseListQuery } from '@duban/contracts';
import type { EnterpriseRecord } from './enterprise.schema';

/**
 * Whose enterprises a caller sees: a district's officials their district's, other units'
 * officials those with a step their unit owns or owned; `undefined` for everyone.
 */
export type EnterpriseScope = { district: string } | { unit: string } | undefined;

/**
 * The store filter of the enterprise list, built only from validated fields (every value compared
 * with `$eq`, so nothing a caller sends can become an operator). `overdue`: `true` is "an open
 * step's deadline is before `now`", `false` the complement.
 */
export function enterpriseListFilter(query: Omit<EnterpriseListQuery, 'limit' | 'offset'>, now: Date, scope?: EnterpriseScope): FilterQuery<EnterpriseRecord> {
  const filter: FilterQuery<EnterpriseRecord> = {};
  const and: FilterQuery<EnterpriseRecord>[] = [];
  if (scope && 'district' in scope) and.push({ district: { $eq: scope.district } });
  if (scope && 'unit' in scope) and.push({ units: { $eq: scope.unit } });
  if (query.district !== undefined) and.push({ district: { $eq: query.district } });
  if (query.planId !== undefined) filter.planId = { $eq: query.planId };
  if (query.track !== undefined) filter.track = { $eq: query.track };
  if (query.status !== undefined) filter.status = { $eq: query.status };
  if (query.step !== undefined) filter.openStepNames = { $eq: query.step };
  if (query.park !== undefined) filter.parkId = { $eq: query.park };
  if (query.overdue === true) filter.nextDeadline = { $lt: now };
  else if (query.overdue === false) and.push({ $or: [{ nextDeadline: { $gte: now } }, { nextDeadline: { $eq: null } }] });
  if (and.length === 1) Object.assign(filter, and[0]);
  else if (and.length > 1) filter.$and = and;
  return filter;
}

/** List order: by enterprise id, so paging is stable. */
export const ENTERPRISE_LIST_SORT = { _id: 1 } as const;

/** The field each roll-up groups by. */
export const ROLLUP_FIELD = { district: 'district', park: 'parkId', track: 'track' } as const;
