import { z } from 'zod';
import { INDUSTRY_CODES, REGION_CODES } from './industries.data';

/**
 * An industrial transfer park (产业转移工业园) that enterprises can be matched to. Parks are data:
 * the defaults come from the seed and are refined by T2's park plan (产业布局规划 and 产业准入标准),
 * and more are loaded through the API with this same schema.
 */
export const parkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must be 3–64 lower-case letters, digits or dashes'),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /** The receiving city (prefecture) in Guangdong. */
    city: z.string().min(1),
    region: z.enum(REGION_CODES),
    /** One of the city's own paired parks (市级结对共建, 五(二): 汕尾 and 潮州), which matching prefers. */
    paired: z.boolean().default(false),
    /** An illustrative example, not a real park: never show it to an enterprise as a real option. */
    fictional: z.boolean().default(false),
    /** The park's focus industries (招商 priorities). */
    industries: z
      .array(z.enum(INDUSTRY_CODES))
      .min(1)
      .refine((codes) => new Set(codes).size === codes.length, 'must not repeat an industry'),
    /** Counted in enterprises: the unit the seed's targets and the districts' investment drives use. */
    capacity: z
      .object({
        enterprises: z.number().int().min(1),
        /** Enterprises already settled or with a signed agreement. */
        occupied: z.number().int().min(0),
      })
      .strict()
      .refine((c) => c.occupied <= c.enterprises, { message: 'occupied must not exceed enterprises', path: ['occupied'] }),
    /**
     * 产业准入标准. An enterprise with a red line (track D) is never admitted, whatever is written
     * here: closure by law is not negotiable, so `tracks` cannot list D.
     */
    entryStandards: z
      .object({
        /** Tracks admitted: B and C transfer; A may expand here (五(一): 鼓励企业"走出去"). */
        tracks: z.array(z.enum(['A', 'B', 'C'])).min(1).default(['A', 'B', 'C']),
        /** Only the park's own industries are admitted; otherwise any industry that fits the region is, at a lower fit. */
        industriesOnly: z.boolean().default(false),
        /** Minimum index score, 0–100. */
        minScore: z.number().finite().min(0).max(100).default(0),
        /** Maximum energy use, tce per 10k CNY of output. */
        maxEnergyPerOutput: z.number().finite().positive().optional(),
        /** Maximum labour intensity, employees per 10M CNY of output. */
        maxLabourIntensity: z.number().finite().positive().optional(),
        /** Minimum annual output, 10k CNY. */
        minScale: z.number().finite().min(0).optional(),
      })
      .strict()
      .default({}),
    /** Where the figures come from (the seed, T2's plan, a park's own notice, or "illustrative"). */
    source: z.string().min(1),
  })
  .strict();

export type Park = z.infer<typeof parkSchema>;
export type ParkInput = z.input<typeof parkSchema>;
