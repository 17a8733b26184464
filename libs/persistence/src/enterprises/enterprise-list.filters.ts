import type { FilterQuery } from 'mongoose';
import type { EnterpriseListQuery, PageQuery } from '@duban/contracts';
import type { EnterpriseRecord } from './enterprise.document';

/**
 * Whose enterprises a caller sees: a district's officials their district's, other units'
 * officials those with a step their unit owns or owned; `undefined` for everyone.
 */
export type EnterpriseScope = { district: string } | { unit: string } | undefined;

/**
 * The store filter of the enterprise list, built only from validated fields (every value compared
 * with `$eq`, so nothing a caller sends can become an operator). `overdue`: `true` is "an open
 * step's deadline is before `now`", `false` the complement.
 *
 * Equalities stay at the top level, one per field: FerretDB 1.x hands only top-level equality to
 * PostgreSQL (anything under `$and`/`$or`, and every range, it evaluates itself over the rows the
 * equalities let through). Only a field named twice with different values (a district official
 * asking for another district) goes under `$and`, and matches nothing.
 */
export function enterpriseListFilter(query: Omit<EnterpriseListQuery, keyof PageQuery>, now: Date, scope?: EnterpriseScope): FilterQuery<EnterpriseRecord> {
  const filter: Record<string, unknown> = {};
  const and: FilterQuery<EnterpriseRecord>[] = [];
  const equal = (field: string, value: string | undefined) => {
    if (value === undefined) return;
    const existing = filter[field] as { $eq: string } | undefined;
    if (existing === undefined) filter[field] = { $eq: value };
    else if (existing.$eq !== value) and.push({ [field]: { $eq: value } });
  };
  if (scope && 'district' in scope) equal('district', scope.district);
  if (scope && 'unit' in scope) equal('units', scope.unit);
  equal('district', query.district);
  equal('planId', query.planId);
  equal('track', query.track);
  equal('status', query.status);
  equal('openStepNames', query.step);
  equal('parkId', query.park);
  if (query.overdue === true) filter['nextDeadline'] = { $lt: now };
  else if (query.overdue === false) filter['$or'] = [{ nextDeadline: { $gte: now } }, { nextDeadline: { $eq: null } }];
  if (and.length > 0) filter['$and'] = and;
  return filter as FilterQuery<EnterpriseRecord>;
}

/** The field each roll-up groups by. */
export const ROLLUP_FIELD = { district: 'district', park: 'parkId', track: 'track' } as const;
