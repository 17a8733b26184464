import { z } from 'zod';
import { PLAN_ID_PATTERN } from '../ids';
import { isoDate } from '../http/fields';

// `POST /plans`: request bodies of the plans API (strict: an unknown field is a 400 naming it).

export const startPlanFromTemplateSchema = z
  .object({
    template: z.string().min(1).max(64),
    planId: z.string().regex(PLAN_ID_PATTERN, 'must be 3–64 lower-case letters, digits or dashes'),
    rebaseTo: isoDate.nullable(),
  })
  .strict();
export type StartPlanFromTemplate = z.infer<typeof startPlanFromTemplateSchema>;
