import type { ZodIssue } from 'zod';
import { startPlanFromTemplateSchema, type PlanDryRun, type PlanProblemResponse, type PlanTemplateList } from '@duban/contracts';
import { PLAN_TEMPLATES, expandAssignments, planDefinitionSchema, rebasePlan, validatePlanDefinition, type PlanDefinition } from '@duban/domain';

/**
 * The dry run of `POST /plans` (issue 13): the same two forms (a template with a plan id and a
 * date, or a full definition), checked exactly as the load checks them, with every problem
 * reported at once instead of refused as a 400. Schema problems carry zod's issue code; when the
 * schema passes, the rules across fields (`plan-rule`) follow. Pure: nothing is started.
 *
 * The plan id being taken is not known here (it asks Temporal): see {@link PlanDryRunService}.
 */
export function dryRunPlan(body: unknown): { result: PlanDryRun; plan?: PlanDefinition } {
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'template' in body) return dryRunTemplate(body);
  const parsed = planDefinitionSchema.safeParse(body);
  if (!parsed.success) return { result: { valid: false, problems: parsed.error.issues.map(fromZod) } };
  const checked = validatePlanDefinition(body);
  if (!checked.ok) return { result: { valid: false, problems: checked.problems.map((p) => ({ path: p.path, message: p.rule, code: 'plan-rule' })) } };
  return { result: { valid: true, problems: [], plan: summary(checked.plan) }, plan: checked.plan };
}

function dryRunTemplate(body: object): { result: PlanDryRun; plan?: PlanDefinition } {
  const parsed = startPlanFromTemplateSchema.safeParse(body);
  const problems: PlanProblemResponse[] = parsed.success ? [] : parsed.error.issues.map(fromZod);
  const name = (body as { template?: unknown }).template;
  const template = typeof name === 'string' ? PLAN_TEMPLATES[name] : undefined;
  if (typeof name === 'string' && template === undefined) {
    problems.push({ path: 'template', message: `no plan template named ${name}; one of: ${Object.keys(PLAN_TEMPLATES).join(', ')}`, code: 'template-not-found' });
  }
  if (!parsed.success || template === undefined || problems.length > 0) return { result: { valid: false, problems } };
  const base = validatePlanDefinition(template);
  // A built-in template is checked by its own tests; failing here is a defect, not the caller's problem.
  if (!base.ok) throw new Error(`built-in template ${parsed.data.template} is invalid`);
  const plan = rebasePlan(base.plan, parsed.data.rebaseTo, parsed.data.planId);
  return { result: { valid: true, problems: [], plan: summary(plan) }, plan };
}

function fromZod(issue: ZodIssue): PlanProblemResponse {
  return { path: issue.path.join('.'), message: issue.message, code: issue.code };
}

function summary(plan: PlanDefinition): NonNullable<PlanDryRun['plan']> {
  const dues = plan.tasks.map((t) => t.due).sort();
  return {
    planId: plan.planId,
    title: plan.title,
    issuedOn: plan.issuedOn,
    units: plan.units.length,
    tasks: expandAssignments(plan).map((a) => a.taskId),
    firstDue: dues[0] ?? plan.issuedOn,
    lastDue: dues.at(-1) ?? plan.issuedOn,
  };
}

/** The built-in templates, as `GET /plan-templates` lists them (by name). */
export function planTemplates(): PlanTemplateList {
  const items = Object.entries(PLAN_TEMPLATES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, template]) => {
      const checked = validatePlanDefinition(template);
      if (!checked.ok) throw new Error(`built-in template ${name} is invalid`);
      const plan = checked.plan;
      return {
        name,
        planId: plan.planId,
        title: plan.title,
        titleEn: plan.titleEn,
        issuedOn: plan.issuedOn,
        units: plan.units.length,
        tasks: plan.tasks.map((t) => ({ code: t.code, title: t.title, lead: t.lead, due: t.due })),
      };
    });
  return { items };
}
