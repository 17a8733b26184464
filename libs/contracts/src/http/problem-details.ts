import { z } from 'zod';

/** An RFC 9457 problem details body, with the stable Duban error code and the fields at fault. */
export const problemDetailsSchema = z
  .object({
    type: z.string().describe('a URI naming the problem type'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().describe('the stable Duban error code (docs/api.md lists them)'),
    errors: z.array(z.object({ field: z.string(), rule: z.string() }).strict()).optional().describe('each field at fault and the rule it breaks'),
  })
  .strict();
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;
