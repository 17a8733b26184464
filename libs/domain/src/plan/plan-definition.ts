import { z } from 'zod';
import { targetProblems } from './targets';
import { targetDefinitionSchema } from './targets.schema';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a real calendar date');
const code = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'must be an upper-case code such as STIIC or T1');

export const unitSchema = z
  .object({
    code,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /**
     * The unit this one is a department of (e.g. 福田区经济促进局 of FUTIAN): a task of the parent may
     * be broken into sub-tasks for its departments (逐级落实, 六(三)). Must name another unit of the
     * plan, without cycles. Ours: the seed names the principle, not the departments.
     */
    parent: code.optional(),
  })
  .strict();

/**
 * A sub-task a plan definition gives a task from the start (逐级落实, 六(三)): one department of the
 * lead unit (of a group member, for a task led by a group) gets its own task, due on or before the
 * parent's deadline. Officials of the lead unit may add more at run time.
 */
export const subtaskDefinitionSchema = z
  .object({
    /** A department of the lead unit (a unit whose `parent` is the lead, or a member of the lead group). */
    unit: code,
    title: z.string().min(1),
    /** Defaults to `title`. */
    titleEn: z.string().min(1).optional(),
    /** On or before the parent task's `due`; the deadline is the end of this day in the plan's time zone. */
    due: isoDate,
  })
  .strict();

export const unitGroupSchema = z
  .object({ code, name: z.string().min(1), units: z.array(code).min(1) })
  .strict();

export const taskDefinitionSchema = z
  .object({
    code,
    title: z.string().min(1),
    titleEn: z.string().min(1),
    /** The lead unit's code, or a group code: a group fans the task out into one task per member unit. */
    lead: code,
    coUnits: z.array(code).default([]),
    deliverable: z.string().min(1),
    /** The deadline is the end of this day in the plan's time zone. */
    due: isoDate,
    /** Sub-tasks for departments of the lead unit (逐级落实); absent for none. */
    subtasks: z.array(subtaskDefinitionSchema).max(50).optional(),
  })
  .strict();

export const escalationPolicySchema = z
  .object({
    reminderDaysBefore: z.array(z.number().int().min(1).max(365)).max(10).default([30, 7, 1]),
    reminderHour: z.number().int().min(0).max(23).default(9),
    redAfterWorkingDays: z.number().int().min(1).max(60).default(5),
    leadingGroupAfterWorkingDays: z.number().int().min(1).max(120).default(15),
    repeatEveryWorkingDays: z.number().int().min(1).max(60).default(5),
  })
  .strict()
  .refine((p) => p.leadingGroupAfterWorkingDays > p.redAfterWorkingDays, {
    message: 'the leading-group report must come after the red card',
    path: ['leadingGroupAfterWorkingDays'],
  });

/** Information briefs (信息简报, 六(二)): every listed unit files one per period. */
export const briefPolicySchema = z
  .object({
    cadence: z.literal('monthly').default('monthly'),
    /** Due by the Nth working day of the following month. */
    dueWorkingDayOfNextMonth: z.number().int().min(1).max(20).default(5),
    /** Unit or group codes that file briefs; default: every unit that leads a task. */
    units: z.array(code).optional(),
  })
  .strict();

/**
 * Scoring rules of the units (our design, every number ours: the seed sets none); applied by the
 * scoring consumer. The assessment they serve is led by 督查室 with LGO and PERF (六(三)).
 */
export const scoringRulesSchema = z
  .object({
    base: z.number().default(100),
    perOverdueWorkingDay: z.number().min(0).default(0.5),
    overdueCapPerTask: z.number().min(0).default(10),
    yellowCard: z.number().min(0).default(2),
    redCard: z.number().min(0).default(5),
    missedBrief: z.number().min(0).default(1),
    earlyCompletionBonus: z.number().min(0).default(1),
    /**
     * A unit's excellent (优秀) mark: ours. The seed's ≥ 90 (三) is the province's annual score of
     * the CITY on the transfer and park indicators (see the city assessment), not a per-unit threshold.
     */
    excellentAtLeast: z.number().default(90),
  })
  .strict();

export const planDefinitionSchema = z
  .object({
    planId: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must be 3–64 lower-case letters, digits or dashes'),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    /** The date the plan was issued; rebasing shifts every date by the same number of days so this one lands on the new date. */
    issuedOn: isoDate,
    timeZone: z.literal('Asia/Shanghai'),
    units: z.array(unitSchema).min(1),
    groups: z.array(unitGroupSchema).default([]),
    tasks: z.array(taskDefinitionSchema).min(1),
    escalation: escalationPolicySchema.default({}),
    briefs: briefPolicySchema.default({}),
    scoring: scoringRulesSchema.default({}),
    /** What the plan is to achieve (三), reported by their owners and weighed in the city's assessment; absent for none. */
    targets: z.array(targetDefinitionSchema).max(50).optional(),
  })
  .strict();

export type UnitDefinition = z.infer<typeof unitSchema>;
export type UnitGroup = z.infer<typeof unitGroupSchema>;
export type SubtaskDefinition = z.infer<typeof subtaskDefinitionSchema>;
export type TaskDefinition = z.infer<typeof taskDefinitionSchema>;
export type PlanDefinition = z.infer<typeof planDefinitionSchema>;
/** What a caller may send: defaults not yet applied. */
export type PlanDefinitionInput = z.input<typeof planDefinitionSchema>;

/** One problem with a plan definition: where (a JSON path such as `tasks.2.lead`) and which rule it breaks. */
export interface PlanProblem {
  path: string;
  rule: string;
}

export type PlanValidation = { ok: true; plan: PlanDefinition } | { ok: false; problems: PlanProblem[] };

/**
 * Validates a plan definition and reports every problem at once: shape problems first, then
 * cross-references (unknown units, duplicate codes, a co-unit that is also the lead).
 */
export function validatePlanDefinition(input: unknown): PlanValidation {
  const parsed = planDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), rule: i.message })),
    };
  }
  const plan = parsed.data;
  const problems: PlanProblem[] = [];
  const unitCodes = new Set<string>();
  plan.units.forEach((u, i) => {
    if (unitCodes.has(u.code)) problems.push({ path: `units.${i}.code`, rule: `duplicate unit code ${u.code}` });
    unitCodes.add(u.code);
  });
  problems.push(...unitParentProblems(plan.units, unitCodes));
  const groupCodes = new Set<string>();
  plan.groups.forEach((g, i) => {
    if (groupCodes.has(g.code) || unitCodes.has(g.code)) {
      problems.push({ path: `groups.${i}.code`, rule: `duplicate unit or group code ${g.code}` });
    }
    groupCodes.add(g.code);
    g.units.forEach((m, j) => {
      if (!unitCodes.has(m)) problems.push({ path: `groups.${i}.units.${j}`, rule: `unknown unit ${m}` });
    });
  });
  const taskCodes = new Set<string>();
  plan.tasks.forEach((t, i) => {
    if (taskCodes.has(t.code)) problems.push({ path: `tasks.${i}.code`, rule: `duplicate task code ${t.code}` });
    taskCodes.add(t.code);
    if (!unitCodes.has(t.lead) && !groupCodes.has(t.lead)) {
      problems.push({ path: `tasks.${i}.lead`, rule: `unknown unit or group ${t.lead}` });
    }
    t.coUnits.forEach((c, j) => {
      if (!unitCodes.has(c)) problems.push({ path: `tasks.${i}.coUnits.${j}`, rule: `unknown unit ${c}` });
      if (c === t.lead) problems.push({ path: `tasks.${i}.coUnits.${j}`, rule: `co-unit ${c} is also the lead` });
    });
    if (t.due < plan.issuedOn) problems.push({ path: `tasks.${i}.due`, rule: `due date is before the plan's issue date ${plan.issuedOn}` });
    const leads = new Set(plan.groups.find((g) => g.code === t.lead)?.units ?? [t.lead]);
    const subtaskUnits = new Set<string>();
    t.subtasks?.forEach((sub, j) => {
      const path = `tasks.${i}.subtasks.${j}`;
      const parent = plan.units.find((u) => u.code === sub.unit)?.parent;
      if (!unitCodes.has(sub.unit)) problems.push({ path: `${path}.unit`, rule: `unknown unit ${sub.unit}` });
      else if (parent === undefined || !leads.has(parent)) problems.push({ path: `${path}.unit`, rule: `${sub.unit} is not a department of ${t.lead} (its parent must be ${[...leads].join(' or ')})` });
      if (subtaskUnits.has(sub.unit)) problems.push({ path: `${path}.unit`, rule: `duplicate sub-task for ${sub.unit}` });
      subtaskUnits.add(sub.unit);
      if (sub.due > t.due) problems.push({ path: `${path}.due`, rule: `must be on or before the task's due date ${t.due}` });
      if (sub.due < plan.issuedOn) problems.push({ path: `${path}.due`, rule: `due date is before the plan's issue date ${plan.issuedOn}` });
    });
  });
  if (plan.targets) problems.push(...targetProblems(plan.targets, unitCodes, plan.issuedOn));
  plan.briefs.units?.forEach((u, i) => {
    if (!unitCodes.has(u) && !groupCodes.has(u)) problems.push({ path: `briefs.units.${i}`, rule: `unknown unit or group ${u}` });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}

/** A unit's `parent` must be another known unit, and following parents must never come back to where it started. */
function unitParentProblems(units: readonly UnitDefinition[], known: ReadonlySet<string>): PlanProblem[] {
  const parentOf = new Map(units.map((u) => [u.code, u.parent]));
  const problems: PlanProblem[] = [];
  units.forEach((u, i) => {
    if (u.parent === undefined) return;
    const path = `units.${i}.parent`;
    if (u.parent === u.code) return void problems.push({ path, rule: `${u.code} cannot be its own parent` });
    if (!known.has(u.parent)) return void problems.push({ path, rule: `unknown unit ${u.parent}` });
    const seen = new Set([u.code]);
    for (let p: string | undefined = u.parent; p !== undefined; p = parentOf.get(p)) {
      if (seen.has(p)) return void problems.push({ path, rule: `parents form a cycle: ${[...seen, p].join(' → ')}` });
      seen.add(p);
    }
  });
  return problems;
}

export class PlanDefinitionError extends Error {
  constructor(readonly problems: PlanProblem[]) {
    super(`invalid plan definition: ${problems.map((p) => `${p.path || '(root)'}: ${p.rule}`).join('; ')}`);
    this.name = 'PlanDefinitionError';
  }
}

/** Like {@link validatePlanDefinition} but throws {@link PlanDefinitionError} listing every problem. */
export function parsePlanDefinition(input: unknown): PlanDefinition {
  const result = validatePlanDefinition(input);
  if (!result.ok) throw new PlanDefinitionError(result.problems);
  return result.plan;
}
