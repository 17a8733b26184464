/**
 * Industries and destination regions of 深府办〔2009〕98号 四(三) (产业转移区域布局), as data.
 *
 * The seed lists what each of Guangdong's three receiving areas should take from Shenzhen:
 *
 * - 北部山区 (north mountain areas): forestry, modern agriculture, tourism and leisure, and
 *   "some non-polluting industry" (部分无污染工业), because the priority there is vegetation and
 *   water-source protection.
 * - 东部地区 (east wing): electronics & IT, pharmaceuticals, food & drink, bio, textiles &
 *   garments, crafts, toys, power, equipment manufacturing, port logistics, leather, hardware &
 *   stainless steel, ceramics.
 * - 西部地区 (west wing): ports, steel and other heavy industry, marine industry, modern
 *   agriculture, tourism, and labour-intensive industry (劳动密集型工业).
 *
 * Two of those entries are not industries but properties of an enterprise: "non-polluting" and
 * "labour-intensive". They are modelled as rules on the region (see {@link RegionDefinition}),
 * not as industry codes, so that an electronics assembler can fit the west wing by being
 * labour-intensive without being relabelled.
 *
 * Industry codes are stable ids: they are stored on enterprises and parks, so never rename one;
 * add a new code instead.
 */

/** Stable industry ids, in the order the seed names them (north, east, west; first mention wins). */
export const INDUSTRY_CODES = [
  'forestry',
  'modern-agriculture',
  'tourism-leisure',
  'electronics-it',
  'pharmaceuticals',
  'food-beverage',
  'biotech',
  'textiles-garments',
  'crafts',
  'toys',
  'power',
  'equipment-manufacturing',
  'port-logistics',
  'leather',
  'hardware-stainless',
  'ceramics',
  'ports',
  'steel-heavy',
  'marine',
] as const;

export type IndustryCode = (typeof INDUSTRY_CODES)[number];

export interface IndustryDefinition {
  readonly code: IndustryCode;
  /** Name as the seed prints it. */
  readonly name: string;
  readonly nameEn: string;
  /**
   * Whether the industry counts as non-polluting (无污染) for the north mountain areas. A judgement
   * by industry, not by plant: an electroplating line in an "electronics" firm is not clean. Park
   * entry standards (energy per output) still apply on top. T2's park plan may refine this list.
   */
  readonly clean: boolean;
}

export const INDUSTRIES: Readonly<Record<IndustryCode, IndustryDefinition>> = {
  forestry: { code: 'forestry', name: '林业', nameEn: 'forestry', clean: true },
  'modern-agriculture': { code: 'modern-agriculture', name: '现代农业', nameEn: 'modern agriculture', clean: true },
  'tourism-leisure': { code: 'tourism-leisure', name: '旅游休闲', nameEn: 'tourism and leisure', clean: true },
  'electronics-it': { code: 'electronics-it', name: '电子信息', nameEn: 'electronics and IT', clean: true },
  pharmaceuticals: { code: 'pharmaceuticals', name: '医药', nameEn: 'pharmaceuticals', clean: false },
  'food-beverage': { code: 'food-beverage', name: '食品饮料', nameEn: 'food and beverage', clean: false },
  biotech: { code: 'biotech', name: '生物产业', nameEn: 'biotechnology', clean: false },
  'textiles-garments': { code: 'textiles-garments', name: '纺织服装', nameEn: 'textiles and garments', clean: false },
  crafts: { code: 'crafts', name: '工艺品', nameEn: 'crafts', clean: true },
  toys: { code: 'toys', name: '玩具', nameEn: 'toys', clean: true },
  power: { code: 'power', name: '电力', nameEn: 'power generation', clean: false },
  'equipment-manufacturing': { code: 'equipment-manufacturing', name: '装备制造', nameEn: 'equipment manufacturing', clean: true },
  'port-logistics': { code: 'port-logistics', name: '港口物流', nameEn: 'port logistics', clean: false },
  leather: { code: 'leather', name: '皮革', nameEn: 'leather', clean: false },
  'hardware-stainless': { code: 'hardware-stainless', name: '五金不锈钢', nameEn: 'hardware and stainless steel', clean: false },
  ceramics: { code: 'ceramics', name: '陶瓷制造', nameEn: 'ceramics', clean: false },
  ports: { code: 'ports', name: '港口', nameEn: 'ports', clean: false },
  'steel-heavy': { code: 'steel-heavy', name: '钢铁等重工业', nameEn: 'steel and heavy industry', clean: false },
  marine: { code: 'marine', name: '海洋产业', nameEn: 'marine industry', clean: false },
};

export const REGION_CODES = ['north-mountain', 'east-wing', 'west-wing'] as const;

export type RegionCode = (typeof REGION_CODES)[number];

export interface RegionDefinition {
  readonly code: RegionCode;
  readonly name: string;
  readonly nameEn: string;
  /** Industries the seed names for this region. */
  readonly industries: readonly IndustryCode[];
  /** 北部山区: "部分无污染工业" — any industry marked {@link IndustryDefinition.clean} also fits. */
  readonly acceptsCleanIndustry: boolean;
  /**
   * 西部地区: "劳动密集型工业" — an enterprise of any industry fits if its labour intensity
   * (employees per 10M CNY of output) is at least this; `undefined` when the region has no such rule.
   */
  readonly labourIntensiveAtLeast?: number;
}

/**
 * Where "labour-intensive" begins, in employees per 10M CNY of annual output: 60 employees per
 * 10M CNY is an output of about 167k CNY per worker, roughly half of Shenzhen's 2008 industrial
 * average, which is what garment, toy and assembly plants of the time looked like. A judgement,
 * not a figure from the seed; T2 may refine it.
 */
export const LABOUR_INTENSIVE_AT_LEAST = 60;

export const REGIONS: Readonly<Record<RegionCode, RegionDefinition>> = {
  'north-mountain': {
    code: 'north-mountain',
    name: '北部山区',
    nameEn: 'north mountain areas',
    industries: ['forestry', 'modern-agriculture', 'tourism-leisure'],
    acceptsCleanIndustry: true,
  },
  'east-wing': {
    code: 'east-wing',
    name: '东翼（粤东）',
    nameEn: 'east wing',
    industries: [
      'electronics-it',
      'pharmaceuticals',
      'food-beverage',
      'biotech',
      'textiles-garments',
      'crafts',
      'toys',
      'power',
      'equipment-manufacturing',
      'port-logistics',
      'leather',
      'hardware-stainless',
      'ceramics',
    ],
    acceptsCleanIndustry: false,
  },
  'west-wing': {
    code: 'west-wing',
    name: '西翼（粤西）',
    nameEn: 'west wing',
    industries: ['ports', 'steel-heavy', 'marine', 'modern-agriculture', 'tourism-leisure'],
    acceptsCleanIndustry: false,
    labourIntensiveAtLeast: LABOUR_INTENSIVE_AT_LEAST,
  },
};
