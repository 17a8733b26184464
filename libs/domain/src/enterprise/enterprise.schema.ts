import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import { INDUSTRY_CODES } from './industries.data';

/** The eight districts (各区政府) of the seed, by the unit codes the plan template uses. */
export const DISTRICT_CODES = ['FUTIAN', 'LUOHU', 'NANSHAN', 'YANTIAN', 'BAOAN', 'LONGGANG', 'GUANGMING', 'PINGSHAN'] as const;
export type DistrictCode = (typeof DISTRICT_CODES)[number];

/**
 * The red lines of 五(一): "有重大安全隐患、无证无牌、恶意欠薪以及国家明令禁止和淘汰的落后产能企业，
 * 坚决依法淘汰和关闭". Any one of them puts an enterprise on track D whatever its score.
 */
export const RED_LINE_CODES = ['majorSafetyHazard', 'unlicensed', 'maliciousWageArrears', 'bannedOrObsoleteCapacity'] as const;
export type RedLineCode = (typeof RED_LINE_CODES)[number];

export const RED_LINES: Readonly<Record<RedLineCode, { readonly name: string; readonly nameEn: string }>> = {
  majorSafetyHazard: { name: '重大安全隐患', nameEn: 'major safety hazard' },
  unlicensed: { name: '无证无牌', nameEn: 'unlicensed' },
  maliciousWageArrears: { name: '恶意欠薪', nameEn: 'malicious wage arrears' },
  bannedOrObsoleteCapacity: { name: '国家明令禁止和淘汰的落后产能', nameEn: 'banned or obsolete capacity' },
};

/** An enterprise id as given at registration: 3–64 upper-case letters, digits or dashes, e.g. `ENT-FUTIAN-0001`. */
export const ENTERPRISE_ID_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,63}$/;

/**
 * The production stages and industry types that 五(一) (and 四(一)) name for guided transfer (track C):
 * "部分高新技术产业生产配套环节、资本密集型产业中的加工制造环节、劳动密集型、资源型产业", plus `other`
 * for an enterprise in none of them. Stable ids: stored on registrations, never rename one.
 */
export const PRODUCTION_CATEGORIES = ['high-tech-supporting', 'capital-intensive-processing', 'labour-intensive', 'resource-based', 'other'] as const;
export type ProductionCategory = (typeof PRODUCTION_CATEGORIES)[number];

export const PRODUCTION_CATEGORY_NAMES: Readonly<Record<ProductionCategory, { readonly name: string; readonly nameEn: string }>> = {
  'high-tech-supporting': { name: '高新技术产业生产配套环节', nameEn: 'supporting production stage of a high-tech industry' },
  'capital-intensive-processing': { name: '资本密集型产业中的加工制造环节', nameEn: 'processing and manufacturing stage of a capital-intensive industry' },
  'labour-intensive': { name: '劳动密集型产业', nameEn: 'labour-intensive industry' },
  'resource-based': { name: '资源型产业', nameEn: 'resource-based industry' },
  other: { name: '其他', nameEn: 'none of the categories 五(一) names for transfer' },
};

/** The enterprise's schemas, made when `enterpriseSchemas` is first called. */
function buildEnterpriseSchemas() {
  const finite = z.number().finite();

  /**
   * The raw values of the seven indicators of 六(一)1 (技术先进性、产品附加值、税收贡献、能耗、
   * 劳动密集程度、规模实力、成长性), each in the unit stated. Ranges are what is physically possible,
   * not what is desirable: the index decides what is good.
   */
  const indicators = z
    .object({
      /** Technology: R&D spending as a percentage of revenue (研发投入占营业收入比重), 0–100 %. */
      technology: finite.min(0).max(100),
      /** Value added: industrial value added ÷ gross output (工业增加值率), %; negative for a loss-making processor. */
      valueAddedRate: finite.min(-100).max(100),
      /** Tax contribution: taxes paid in Shenzhen in the last full year, 10k CNY (万元) per year. */
      taxContribution: finite.min(0),
      /** Energy use: tonnes of standard coal equivalent per 10k CNY of gross output (吨标准煤/万元). Lower is better. */
      energyPerOutput: finite.min(0),
      /** Labour intensity: employees per 10M CNY (千万元) of gross output. Higher means more labour-intensive. */
      labourIntensity: finite.min(0),
      /** Scale: annual gross industrial output, 10k CNY (万元). */
      scale: finite.min(0),
      /** Growth: compound annual growth rate of revenue over the last three years, % per year (≥ −100). */
      growth: finite.min(-100).max(1000),
    })
    .strict();

  const flags = z
    .object({
      /** Certified national high-tech enterprise (国家高新技术企业). Adds a bonus to the technology indicator. */
      highTechCertified: z.boolean(),
      /** Has, and intends to keep, its headquarters in Shenzhen: the condition of track B. */
      headquartersInShenzhen: z.boolean(),
      /** Has production in Shenzhen, i.e. something that could be transferred. */
      productionInShenzhen: z.boolean(),
      /**
       * Its production (生产加工环节) is moving, or has moved, out of Shenzhen: with
       * `headquartersInShenzhen`, the situation of track B (五(一) "生产加工环节外移，总部留在深圳的企业").
       * Optional since issue 11; absent reads as `false` (registrations made before it said nothing).
       */
      productionMovingOut: z.boolean().optional(),
      /**
       * A leading firm in its field or stage of development (不同领域、不同发展阶段的优势企业, 五(一)),
       * as the district or STIIC declares it: the seed names no test, so the flag is ours.
       * Optional since issue 11; absent reads as `false`.
       */
      leadingFirm: z.boolean().optional(),
    })
    .strict();

  /** One enterprise as registered by its district (POST /enterprises, or one row of a bulk import). */
  const registration = z
    .object({
      id: z.string().regex(ENTERPRISE_ID_PATTERN, 'must be 3–64 upper-case letters, digits or dashes, starting with a letter or digit'),
      name: z.string().trim().min(1).max(200),
      district: z.enum(DISTRICT_CODES),
      industry: z.enum(INDUSTRY_CODES),
      indicators,
      flags,
      /**
       * The production stage or industry type, if it is one 五(一) names for guided transfer (track C).
       * Optional since issue 11; absent reads as `other` (registrations made before it said nothing).
       */
      productionCategory: z.enum(PRODUCTION_CATEGORIES).optional(),
      /** Red lines found by the competent authorities; empty when none. */
      redLines: z
        .array(z.enum(RED_LINE_CODES))
        .default([])
        .refine((codes) => new Set(codes).size === codes.length, 'must not repeat a red line'),
    })
    .strict();

  return { indicators, flags, registration };
}

/**
 * The schemas of a registration (`registration`) and of its `indicators` and `flags`. Built on first
 * use: workflow code reaches this module, and each cached workflow would otherwise build them at load
 * (issue 14, R4).
 */
export const enterpriseSchemas = onFirstUse(buildEnterpriseSchemas);
type EnterpriseSchemas = ReturnType<typeof buildEnterpriseSchemas>;

export type EnterpriseIndicators = z.infer<EnterpriseSchemas['indicators']>;
export type IndicatorKey = keyof EnterpriseIndicators;
export type EnterpriseFlags = z.infer<EnterpriseSchemas['flags']>;
export type EnterpriseRegistration = z.infer<EnterpriseSchemas['registration']>;
/** What a caller may send: `redLines` may be left out. */
export type EnterpriseRegistrationInput = z.input<EnterpriseSchemas['registration']>;
/** What classification reads: the measurable part of a registration and the enterprise's situation. */
export type EnterpriseProfile = Pick<EnterpriseRegistration, 'indicators' | 'flags' | 'redLines' | 'productionCategory'>;
