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
