import { DateTime } from 'luxon';
import {
  DEFAULT_ESCALATION_POLICY,
  DEFAULT_PARKS,
  SHENZHEN_2009_98,
  SZ_2009_INDEX_V1,
  STEP_DEFINITIONS,
  briefUnits,
  chinaCalendar as calendar,
  classifyEnterprise,
  expandAssignments,
  matchDestinations,
  parsePlanDefinition,
  planLadder,
  type EnterpriseRegistration,
  type EnterpriseStep,
  type EnterpriseTrack,
  type EscalationPolicy,
  type IntentionDecision,
  type PlanDefinition,
} from '@duban/domain';
import { generateSampleEnterprises, mulberry32, weighted } from '@duban/testing';

/**
 * The scripted mix of a simulation of 深府办〔2009〕98号 on its real dates: which work is done on
 * time, early, late, rejected, extended or never, which briefs are filed, which enterprises join
 * and how fast each unit completes their steps. A pure function of the seed: the same seed gives
 * the same script, whatever the run's ids.
 *
 * The plan's own dates are fixed, so task and brief actions are computed here in full. An
 * enterprise step's deadline depends on when the step opened, which the workflow decides; the
 * script therefore holds a decision per step ({@link StepDecision}) and {@link stepCompletionDate}
 * turns it into a date once the runner sees the step open.
 */

export const SCENARIO_DEFAULTS = { seed: 98, enterprises: 40 } as const;
/** The plan is loaded on its issue date, at 09:00 Shanghai. */
export const PLAN_LOADED_AT = '2009-08-26T09:00:00+08:00';
/** The simulated period ends with the plan's last year. */
export const SIMULATION_END = '2012-12-31T23:00:00+08:00';
/** Enterprises drawn from the shared sample (`libs/testing/src/sample-enterprises.ts`, its default seed). */
const SAMPLE_SEED = 2009;
const SAMPLE_POOL = 240;
/** The share of C enterprises that choose assisted exit (协助退出): ours, for the simulation. */
const EXIT_CHANCE = 0.1;

export type WorkOutcome = 'early' | 'on-time' | 'late' | 'rejected-late' | 'extended' | 'missing';
export type BriefOutcome = 'on-time' | 'late' | 'missing';
export type UnitProfile = 'diligent' | 'steady' | 'stretched';

export type TaskAction =
  | { kind: 'contribute'; unit: string }
  | { kind: 'submit'; unit: string; summary: string }
  | { kind: 'review'; decision: 'accept' } | { kind: 'review'; decision: 'reject'; reason: string }
  | { kind: 'request-extension'; unit: string; newDue: string; reason: string }
  | { kind: 'approve-extension' }
  | { kind: 'acknowledge'; level: 'leading-group'; epoch: number };

/** One thing an official or 督查室 does to a task or brief, at a plan-time instant. */
export interface ScriptedTaskAction {
  at: string;
  taskId: string;
  action: TaskAction;
}

export interface TaskScript {
  taskId: string;
  taskCode: string;
  unit: string;
  due: string;
  outcome: WorkOutcome;
  actions: ScriptedTaskAction[];
}

export type StepDecision = { late: false; fraction: number } | { late: true; workingDaysLate: number };

export interface EnterpriseScript {
  registration: EnterpriseRegistration;
  /** The id in the shared sample; the run's id adds the run tag. */
  sampleId: string;
  registerAt: string;
  /** The track the index gives (the workflow classifies it again; the runner checks they agree). */
  track: EnterpriseTrack;
  /** Its index score, which parks' entry standards are checked against. */
  score: number;
  /** C's choice (企业自愿); B and A, D have no intention step (by the seed's tracks). */
  intention: IntentionDecision;
  /** Unused since issue 11 (D has no rectification route); kept for scenarios of score-bands cases. */
  order: 'rectify' | 'close';
  steps: Partial<Record<EnterpriseStep, StepDecision>>;
}

export interface Scenario {
  seed: number;
  plan: PlanDefinition;
  tasks: TaskScript[];
  /** Unit profiles drive briefs and enterprise steps. */
  profiles: Record<string, UnitProfile>;
  /** Brief rounds at the times the monthly schedule would open them. */
  briefRounds: { at: string; period: string }[];
  /** By `{period}.{unit}`. */
  briefs: Record<string, BriefOutcome>;
  enterprises: EnterpriseScript[];
  end: string;
}

export interface ScenarioOptions {
  seed?: number;
  /** The run's plan id (`shenzhen-2009-98` plus a run suffix). */
  planId: string;
  /** Appended to every sample enterprise id, so runs never share a workflow or a Kafka subject. */
  enterpriseSuffix: string;
  enterprises?: number;
  /** A shorter run ends here (plan time, ISO-8601); default {@link SIMULATION_END}. */
  end?: string;
}

type Rng = () => number;
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `date` at `hh:mm` Shanghai time. */
export const at = (date: string, hh = 10, mm = 0): string => `${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00+08:00`;
const minusDays = (date: string, days: number): string => DateTime.fromISO(date, { zone: 'utc' }).minus({ days }).toISODate() as string;
const plusDays = (date: string, days: number): string => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;
/** A working day `days` calendar days before `date` (or the working day before that). */
const workingDayBefore = (date: string, days: number): string => calendar.previousWorkingDayOnOrBefore(minusDays(date, days));
const nextWorkingDay = (date: string): string => calendar.addWorkingDays(date, 1);

/** The day after the leading-group report of a deadline: when 督查室 acknowledges missing work. */
export function acknowledgeDate(due: string, policy: EscalationPolicy): string {
  const report = planLadder(due, calendar, policy).find((s) => s.kind === 'leading-group');
  return nextWorkingDay((report?.at ?? at(due)).slice(0, 10));
}

const PROFILE_LATE_STEP: Record<UnitProfile, number> = { diligent: 0.05, steady: 0.15, stretched: 0.3 };
const PROFILE_BRIEF: Record<UnitProfile, readonly (readonly [BriefOutcome, number])[]> = {
  diligent: [['on-time', 97], ['late', 3], ['missing', 0]],
  steady: [['on-time', 88], ['late', 9], ['missing', 3]],
  stretched: [['on-time', 72], ['late', 20], ['missing', 8]],
};

/** Builds the whole script; deterministic for `seed` (ids aside, which come from the options). */
export function buildScenario(options: ScenarioOptions): Scenario {
  const seed = options.seed ?? SCENARIO_DEFAULTS.seed;
  const end = options.end ?? SIMULATION_END;
  // Separate streams, so that changing e.g. the enterprise count leaves the task script alone.
  const rngTasks = mulberry32(seed * 7919 + 1);
  const rngBriefs = mulberry32(seed * 7919 + 2);
  const rngEnterprises = mulberry32(seed * 7919 + 3);
  const plan = parsePlanDefinition({ ...SHENZHEN_2009_98, planId: options.planId });
  const policy = plan.escalation ?? DEFAULT_ESCALATION_POLICY;

  const units = plan.units.map((u) => u.code).filter((u) => !['DUCHA', 'LGO', 'PERF'].includes(u));
  const profiles: Record<string, UnitProfile> = {};
  for (const unit of units) profiles[unit] = weighted(rngTasks, [['diligent', 3], ['steady', 4], ['stretched', 2]] as const);

  const tasks = scriptTasks(plan, rngTasks, policy);
  const { briefRounds, briefs } = scriptBriefs(plan, rngBriefs, profiles, end);
  const enterprises = scriptEnterprises(options, rngEnterprises, profiles);
  return { seed, plan, tasks, profiles, briefRounds, briefs, enterprises, end };
}

function scriptTasks(plan: PlanDefinition, rng: Rng, policy: EscalationPolicy): TaskScript[] {
  const assignments = expandAssignments(plan);
  // T1 is always on time: it is the evaluation index every enterprise waits for.
  const others = assignments.filter((a) => a.taskCode !== 'T1');
  const mix: WorkOutcome[] = ['early', 'on-time', 'late', 'rejected-late', 'extended', 'missing'];
  const pool: WorkOutcome[] = [...mix, ...Array.from({ length: Math.max(0, others.length - mix.length) }, () => weighted(rng, [['early', 3], ['on-time', 4], ['late', 2], ['rejected-late', 1], ['extended', 1], ['missing', 1]] as const))];
  const outcomes = shuffle(rng, pool);
  return assignments.map((a) => {
    const outcome: WorkOutcome = a.taskCode === 'T1' ? 'on-time' : (outcomes[others.indexOf(a)] as WorkOutcome);
    return { taskId: a.taskId, taskCode: a.taskCode, unit: a.unit, due: a.due, outcome, actions: taskActions(a.taskId, a.unit, a.coUnits, a.due, outcome, rng, policy, a.taskCode === 'T1') };
  });
}

/** A task's actions for its outcome; exported for the brief script and the tests. */
export function taskActions(
  taskId: string,
  unit: string,
  coUnits: readonly string[],
  due: string,
  outcome: WorkOutcome,
  rng: Rng,
  policy: EscalationPolicy,
  isT1 = false,
): ScriptedTaskAction[] {
  const out: ScriptedTaskAction[] = [];
  const act = (date: string, minute: number, action: TaskAction) => out.push({ at: at(date, 10, minute), taskId, action });
  const submitOn = (date: string, version: number, accept: boolean) => {
    act(date, 0, { kind: 'submit', unit, summary: `${taskId} 成果 v${version}` });
    if (accept) act(date, 5, { kind: 'review', decision: 'accept' });
  };
  /** Co-units contribute the working day before the lead submits. */
  const contributeOn = (date: string) => coUnits.forEach((c) => out.push({ at: at(calendar.previousWorkingDayOnOrBefore(minusDays(date, 1)), 9), taskId, action: { kind: 'contribute', unit: c } }));
  if (isT1) {
    // Issued 08-26, due 08-31: STATS contributes the next day, STIIC submits, 督查室 accepts.
    coUnits.forEach((c) => out.push({ at: at('2009-08-27', 9), taskId, action: { kind: 'contribute', unit: c } }));
    submitOn('2009-08-27', 1, true);
    return dedupeContributions(out, coUnits);
  }
  switch (outcome) {
    case 'early': {
      const day = workingDayBefore(due, between(rng, 45, 120));
      contributeOn(day);
      submitOn(day, 1, true);
      break;
    }
    case 'on-time': {
      const day = workingDayBefore(due, between(rng, 1, 12));
      contributeOn(day);
      submitOn(day, 1, true);
      break;
    }
    case 'late': {
      const day = calendar.addWorkingDays(due, between(rng, 2, 12));
      contributeOn(day);
      submitOn(day, 1, true);
      break;
    }
    case 'rejected-late': {
      const first = workingDayBefore(due, between(rng, 3, 10));
      contributeOn(first);
      submitOn(first, 1, false);
      act(nextWorkingDay(first), 0, { kind: 'review', decision: 'reject', reason: '材料不全，请补充佐证材料' });
      submitOn(calendar.addWorkingDays(due, between(rng, 1, 8)), 2, true);
      break;
    }
    case 'extended': {
      const asked = workingDayBefore(due, between(rng, 5, 25));
      const newDue = plusDays(due, between(rng, 60, 120));
      act(asked, 0, { kind: 'request-extension', unit, newDue, reason: '工作量超出预期，申请延期' });
      act(nextWorkingDay(asked), 0, { kind: 'approve-extension' });
      const day = workingDayBefore(newDue, between(rng, 1, 20));
      contributeOn(day);
      submitOn(day, 1, true);
      break;
    }
    case 'missing': {
      coUnits.forEach((c) => out.push({ at: at(workingDayBefore(due, 20), 9), taskId, action: { kind: 'contribute', unit: c } }));
      act(acknowledgeDate(due, policy), 0, { kind: 'acknowledge', level: 'leading-group', epoch: 0 });
      break;
    }
  }
  return dedupeContributions(out, coUnits);
}

/** A co-unit contributes once; a later contribute action (after a rejection) is dropped. */
function dedupeContributions(actions: ScriptedTaskAction[], coUnits: readonly string[]): ScriptedTaskAction[] {
  const seen = new Set<string>();
  return actions
    .filter((a) => {
      if (a.action.kind !== 'contribute') return true;
      if (!coUnits.includes(a.action.unit) || seen.has(a.action.unit)) return false;
      seen.add(a.action.unit);
      return true;
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The brief rounds the monthly schedule opens: at load (period of the load), then 00:05 on each 1st until the last task deadline. */
export function briefRoundTimes(plan: PlanDefinition, end: string): { at: string; period: string }[] {
  const lastDue = plan.tasks.map((t) => t.due).sort().at(-1) ?? plan.issuedOn;
  const rounds = [{ at: at(plan.issuedOn, 9, 1), period: plan.issuedOn.slice(0, 7) }];
  let month = DateTime.fromISO(plan.issuedOn, { zone: 'utc' }).startOf('month').plus({ months: 1 });
  while ((month.toISODate() as string) <= lastDue) {
    const day = month.toISODate() as string;
    rounds.push({ at: at(day, 0, 5), period: day.slice(0, 7) });
    month = month.plus({ months: 1 });
  }
  return rounds.filter((r) => Date.parse(r.at) < Date.parse(end));
}

function scriptBriefs(plan: PlanDefinition, rng: Rng, profiles: Record<string, UnitProfile>, end: string): Pick<Scenario, 'briefRounds' | 'briefs'> {
  const briefRounds = briefRoundTimes(plan, end);
  const briefs: Record<string, BriefOutcome> = {};
  for (const { period } of briefRounds) {
    for (const unit of briefUnits(plan)) briefs[`${period}.${unit}`] = weighted(rng, PROFILE_BRIEF[profiles[unit] ?? 'steady']);
  }
  return { briefRounds, briefs };
}

/**
 * What a unit does with one brief, once its round has opened with deadline `due` (the Nth
 * working day of the next month): file it on one of the first working days of that month, file
 * it late, or never (then 督查室 acknowledges the leading-group report, which stops repeats).
 */
export function briefActions(taskId: string, unit: string, due: string, outcome: BriefOutcome, seed: number, policy: EscalationPolicy): ScriptedTaskAction[] {
  // A stream per brief, so that the brief's dates never depend on the order rounds are run in.
  const rng = mulberry32(hash(`${seed}|${taskId.slice(taskId.indexOf('.') + 1)}`));
  const out: ScriptedTaskAction[] = [];
  const month = DateTime.fromISO(due, { zone: 'utc' });
  if (outcome === 'on-time') {
    const n = between(rng, 1, 4);
    const day = calendar.nthWorkingDayOfMonth(month.year, month.month, n);
    const filed = day > due ? due : day;
    out.push({ at: at(filed, 9, 30), taskId, action: { kind: 'submit', unit, summary: `${unit} 信息简报` } });
    out.push({ at: at(filed, 9, 35), taskId, action: { kind: 'review', decision: 'accept' } });
  } else if (outcome === 'late') {
    const day = calendar.addWorkingDays(due, between(rng, 1, 9));
    out.push({ at: at(day, 9, 30), taskId, action: { kind: 'submit', unit, summary: `${unit} 信息简报（逾期）` } });
    out.push({ at: at(day, 9, 35), taskId, action: { kind: 'review', decision: 'accept' } });
  } else {
    out.push({ at: at(acknowledgeDate(due, policy), 9, 30), taskId, action: { kind: 'acknowledge', level: 'leading-group', epoch: 0 } });
  }
  return out;
}

function scriptEnterprises(options: ScenarioOptions, rng: Rng, profiles: Record<string, UnitProfile>): EnterpriseScript[] {
  const count = options.enterprises ?? SCENARIO_DEFAULTS.enterprises;
  // More cases than the 240 of the shared sample (the scale run) draw from a larger sample of the same
  // seed; up to 120 the pool, and so every script drawn from it, is as it always was.
  const pool = generateSampleEnterprises(SAMPLE_SEED, Math.max(SAMPLE_POOL, count * 2))
    .map((e) => {
      const { track, score } = classifyEnterprise(SZ_2009_INDEX_V1, e);
      return { e, track, score };
    })
    // B moves its production by the seed's path (no intention step to decline it): it needs a park that takes it.
    .filter(({ e, track, score }) => track !== 'B' || matchDestinations(e, { track, score }, DEFAULT_PARKS).candidates.length > 0);
  // Every track is represented: quotas in proportion to the programme (C the largest, D the smallest).
  const shares: [EnterpriseTrack, number][] = [['A', 0.17], ['B', 0.25], ['C', 0.45], ['D', 0.13]];
  const quota = new Map(shares.map(([t, s]) => [t, Math.max(count >= 4 ? 1 : 0, Math.round(count * s))]));
  let excess = [...quota.values()].reduce((a, b) => a + b, 0) - count;
  for (const t of ['C', 'B', 'A', 'D'] as const) {
    while (excess > 0 && (quota.get(t) ?? 0) > 1) {
      quota.set(t, (quota.get(t) ?? 0) - 1);
      excess--;
    }
  }
  while (excess < 0) {
    quota.set('C', (quota.get('C') ?? 0) + 1);
    excess++;
  }
  const chosen = shuffle(rng, pool).filter(({ track }) => {
    const left = quota.get(track) ?? 0;
    if (left <= 0) return false;
    quota.set(track, left - 1);
    return true;
  });
  chosen.sort((a, b) => (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));

  return chosen.map(({ e, track, score }, i) => {
    // A few register the day the plan is issued, before T1's index exists, and wait for it.
    const registerDate = i % 8 === 0 ? '2009-08-26' : calendar.previousWorkingDayOnOrBefore(plusDays('2009-09-07', between(rng, 0, 640)));
    const registration = { ...e, id: `${e.id}-${options.enterpriseSuffix}` };
    const match = matchDestinations(e, { track, score }, DEFAULT_PARKS);
    const canTransfer = match.candidates.length > 0;
    // C decides (企业自愿): a tenth exits (协助退出), a fifth upgrades (优化提升), the rest transfer; one with
    // no eligible park upgrades. The draw is made as before issue 11 (B included) so the scenario's random stream is unchanged.
    const upgradeChance = track === 'C' ? 0.3 : track === 'B' ? 0.1 : 0;
    const draw = upgradeChance === 0 || !canTransfer ? undefined : rng();
    const intention: IntentionDecision =
      upgradeChance === 0 ? 'transfer' : draw === undefined || draw < upgradeChance ? (track === 'C' && draw !== undefined && draw < EXIT_CHANCE ? 'exit' : 'upgrade') : 'transfer';
    const order: 'rectify' | 'close' = rng() < 0.7 ? 'close' : 'rectify';
    const steps: Partial<Record<EnterpriseStep, StepDecision>> = {};
    for (const step of Object.keys(STEP_DEFINITIONS) as EnterpriseStep[]) {
      const owner = STEP_DEFINITIONS[step].owner === 'district' ? e.district : STEP_DEFINITIONS[step].owner;
      const lateChance = PROFILE_LATE_STEP[profiles[owner] ?? 'steady'];
      steps[step] = rng() < lateChance ? { late: true, workingDaysLate: between(rng, 2, 9) } : { late: false, fraction: Math.round(rng() * 100) / 100 };
    }
    return { registration, sampleId: e.id, registerAt: at(registerDate, i % 8 === 0 ? 11 : 10, 30), track, score, intention, order, steps };
  });
}

/**
 * When a step is completed, from the date it opened and its deadline date: on time, some way
 * into its service level (never on the deadline day's evening); or late, N working days after
 * the deadline (a yellow card at the deadline, a red card from 5 working days).
 */
export function stepCompletionDate(decision: StepDecision, openedOn: string, due: string): string {
  if (decision.late) return calendar.addWorkingDays(due, decision.workingDaysLate);
  const span = calendar.workingDaysBetween(openedOn, due);
  const n = Math.max(1, Math.min(span - 1, Math.round(decision.fraction * (span - 1))));
  return span <= 1 ? openedOn : calendar.addWorkingDays(openedOn, n);
}

/** FNV-1a, for per-item PRNG streams. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
