import { z } from 'zod';
import { planDefinitionSchema } from '@duban/domain';
import { PLAN_ID_PATTERN } from '../ids';
import { isoDate } from '../http/fields';

// Request bodies and answers of the plans API (strict: an unknown field is a 400 naming it).

export const startPlanFromTemplateSchema = z
  .object({
    template: z.string().min(1).max(64),
    planId: z.string().regex(PLAN_ID_PATTERN, 'must be 3–64 lower-case letters, digits or dashes'),
    rebaseTo: isoDate.nullable(),
  })
  .strict();
export type StartPlanFromTemplate = z.infer<typeof startPlanFromTemplateSchema>;

/**
 * `POST /plans`: a template rebased to a date, or a full plan definition (docs/plans.md). A body
 * with a `template` field is read as the first, anything else as the second.
 */
export const startPlanSchema = z.union([startPlanFromTemplateSchema, planDefinitionSchema]);

/** The answer of `POST /plans`: the plan's workflow and the task ids it started. */
export const startedPlanSchema = z
  .object({
    planId: z.string(),
    workflowId: z.string(),
    tasks: z.array(z.string()).describe('one task id per (task, responsible unit)'),
  })
  .strict();
export type StartedPlan = z.infer<typeof startedPlanSchema>;

/** One problem a dry run found: where (a dotted path into the body, `''` for the body itself), what, and which check. */
export const planProblemSchema = z
  .object({
    path: z.string().describe("a dotted path into the submitted JSON (`tasks.3.due`); '' for the body as a whole"),
    message: z.string(),
    code: z
      .string()
      .describe(
        "the check: a schema check's zod issue code (`invalid_type`, `unrecognized_keys`, `too_small`, `invalid_string`, `invalid_enum_value`, …); `plan-rule` for a rule across fields (unknown unit, duplicate code, due before issue…); `template-not-found`; `plan-exists` when a plan with that id is already loaded",
      ),
  })
  .strict();
export type PlanProblemResponse = z.infer<typeof planProblemSchema>;

/** The answer of `POST /plans/validate`: every problem, and what would be started when there is none. */
export const planValidationSchema = z
  .object({
    valid: z.boolean().describe('no problem: `POST /plans` with the same body would start the plan'),
    problems: z.array(planProblemSchema).describe('every problem found: the schema’s, else the rules across fields; plus whether the plan id is taken'),
    plan: z
      .object({
        planId: z.string(),
        title: z.string(),
        issuedOn: z.string(),
        units: z.number().int(),
        tasks: z.array(z.string()).describe('the task ids it would start, one per (task, responsible unit)'),
        firstDue: z.string(),
        lastDue: z.string(),
      })
      .strict()
      .optional()
      .describe('what would be started, when the definition (or the template and date) is valid'),
  })
  .strict();
export type PlanDryRun = z.infer<typeof planValidationSchema>;

/** One plan template an admin may load (`GET /plan-templates`). */
export const planTemplateSchema = z
  .object({
    name: z.string().describe('the `template` of `POST /plans`'),
    planId: z.string().describe('the plan id of the template as written (pick another when loading it rebased)'),
    title: z.string(),
    titleEn: z.string(),
    issuedOn: z.string().describe('the date `rebaseTo` moves: every date shifts by the same number of days'),
    units: z.number().int(),
    tasks: z.array(z.object({ code: z.string(), title: z.string(), lead: z.string(), due: z.string() }).strict()),
  })
  .strict();
export const planTemplateListSchema = z.object({ items: z.array(planTemplateSchema) }).strict();
export type PlanTemplateList = z.infer<typeof planTemplateListSchema>;
