import { ENTERPRISE_STATUSES, TASK_STATUSES, type Cockpit, type EscalationLevel } from '@duban/contracts';
import { toShanghaiDate } from '@duban/domain';
import type { ConsoleReadsRepository, EscalationCaseRow, PlanTaskRow } from '@duban/persistence';

type TaskProgress = Omit<Cockpit['tasks'], 'byTask'>;
type EnterpriseCounts = Awaited<ReturnType<ConsoleReadsRepository['enterpriseCounts']>>;

const LEVELS: readonly EscalationLevel[] = ['yellow', 'red', 'leading-group'];
const NO_TRACK = 'none';

/**
 * The Leading Group Office's cockpit of one plan (ours: the seed names the office, not its page),
 * folded from the projections' rows: tasks by code and by district, cards per Shanghai month,
 * enterprises by track and open step, parks chosen. Pure.
 */
export function buildCockpit(planId: string, tasks: readonly PlanTaskRow[], cases: readonly EscalationCaseRow[], enterprises: EnterpriseCounts, now: Date, truncated: boolean): Cockpit {
  const byCode = groupBy(tasks, (t) => t.taskCode);
  const byUnit = groupBy(tasks, (t) => t.unit);
  const districtRows = groupBy(enterprises.byDistrictStatus, (r) => r.district);
  const districts = [...districtRows.keys()].sort().map((district) => {
    const rows = districtRows.get(district) ?? [];
    const byStatus = Object.fromEntries(ENTERPRISE_STATUSES.map((s) => [s, sum(rows.filter((r) => r.status === s).map((r) => r.n))])) as Cockpit['districts'][number]['enterprises']['byStatus'];
    return { district, tasks: progress(byUnit.get(district) ?? [], now), enterprises: { total: sum(rows.map((r) => r.n)), byStatus } };
  });

  const months = new Map<string, { raised: Record<EscalationLevel, number>; resolved: Record<EscalationLevel, number> }>();
  const month = (m: string) => {
    let row = months.get(m);
    if (!row) months.set(m, (row = { raised: zeroLevels(), resolved: zeroLevels() }));
    return row;
  };
  for (const c of cases) {
    month(shanghaiMonth(c.raisedAt)).raised[c.level]++;
    if (c.resolvedAt) month(shanghaiMonth(c.resolvedAt)).resolved[c.level]++;
  }

  // After `$unwind` an enterprise with no open step is one row of step null and one with two open
  // steps two rows, so the steps come from here and each track's total from its own count.
  const tracks = new Map<string, Record<string, number>>();
  for (const r of enterprises.byTrackStep) {
    const steps = tracks.get(r.track ?? NO_TRACK) ?? {};
    if (r.step !== null) steps[r.step] = (steps[r.step] ?? 0) + r.n;
    tracks.set(r.track ?? NO_TRACK, steps);
  }
  const trackTotals = enterpriseTrackTotals(enterprises);
  for (const track of trackTotals.keys()) if (!tracks.has(track)) tracks.set(track, {});

  return {
    planId,
    today: toShanghaiDate(now.toISOString()),
    tasks: { ...progress(tasks, now), byTask: [...byCode.keys()].sort().map((taskCode) => ({ taskCode, ...progress(byCode.get(taskCode) ?? [], now) })) },
    districts,
    cards: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([m, v]) => ({ month: m, ...v })),
    enterprises: {
      total: sum(enterprises.byDistrictStatus.map((r) => r.n)),
      byTrack: [...tracks].sort(([a], [b]) => (a === NO_TRACK ? 1 : b === NO_TRACK ? -1 : a.localeCompare(b))).map(([track, openSteps]) => ({ track, total: trackTotals.get(track) ?? 0, openSteps })),
    },
    parks: [...enterprises.byPark].sort((a, b) => b.n - a.n || a.parkId.localeCompare(b.parkId)).map((p) => ({ parkId: p.parkId, parkName: p.parkName, region: p.region, enterprises: p.n })),
    truncated,
  };
}

/** Enterprises per track, from their own count (the unwound step rows count an enterprise once per open step). */
function enterpriseTrackTotals(enterprises: EnterpriseCounts): Map<string, number> {
  const totals = new Map<string, number>();
  for (const t of enterprises.trackTotals) totals.set(t.track ?? NO_TRACK, t.n);
  return totals;
}

function progress(tasks: readonly PlanTaskRow[], now: Date): TaskProgress {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, tasks.filter((t) => t.status === s).length])) as TaskProgress['byStatus'];
  const percentDone = tasks.length === 0 ? 0 : Math.round((byStatus.accepted / tasks.length) * 1000) / 10;
  const overdue = tasks.filter((t) => t.status !== 'accepted' && new Date(t.deadline).getTime() < now.getTime()).length;
  return { total: tasks.length, byStatus, percentDone, overdue };
}

const zeroLevels = (): Record<EscalationLevel, number> => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<EscalationLevel, number>;
const shanghaiMonth = (at: Date): string => toShanghaiDate(new Date(at).toISOString()).slice(0, 7);
const sum = (ns: readonly number[]): number => ns.reduce((a, b) => a + b, 0);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
