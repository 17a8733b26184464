import {
  DISTRICT_CODES,
  RED_LINE_CODES,
  enterpriseCsvHeader,
  enterpriseSchemas,
  enterpriseToCsvRow,
  type DistrictCode,
  type EnterpriseRegistration,
  type IndustryCode,
  type RedLineCode,
} from '@duban/domain';

/**
 * Fictional sample enterprises for development and demos: `generateSampleEnterprises(seed, count)`
 * always returns the same list for the same arguments. Names are built from syllables and belong
 * to no real company on purpose; indicator values are drawn per archetype so that, under
 * SZ_2009_INDEX_V1, every track is reached.
 * Shared by `npm start`, the simulation, the benchmark and the tests;
 * `node -r @swc-node/register tools/dev/sample-enterprises.ts [--json|--csv] [--count N] [--seed N]`
 * prints them (JSON by default).
 */

/** mulberry32: a small, fast 32-bit PRNG; uniform on [0, 1). Inline so the output never depends on a library version. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const uniform = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng();
/** Log-uniform: amounts such as output and tax spread over orders of magnitude. */
const logUniform = (rng: Rng, lo: number, hi: number): number => Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));
const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));
const chance = (rng: Rng, p: number): boolean => rng() < p;

/** One value of `table`, drawn with probability proportional to its weight. */
export function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** Rough 2009 weight of industry per district: Bao'an and Longgang held most factories. */
const DISTRICT_WEIGHTS: readonly (readonly [DistrictCode, number])[] = [
  ['FUTIAN', 5],
  ['LUOHU', 4],
  ['NANSHAN', 14],
  ['YANTIAN', 6],
  ['BAOAN', 28],
  ['LONGGANG', 24],
  ['GUANGMING', 11],
  ['PINGSHAN', 8],
];

interface Archetype {
  name: 'support' | 'hq-stays' | 'transfer' | 'red-line';
  share: number;
  industries: readonly IndustryCode[];
  draw: (rng: Rng) => Pick<EnterpriseRegistration, 'indicators' | 'flags'>;
}

/** C-like profile, also used under a red line: such plants are mostly low-margin processors. */
const transferProfile = (rng: Rng): Pick<EnterpriseRegistration, 'indicators' | 'flags'> => ({
  indicators: {
    technology: round(uniform(rng, 0, 1.5), 2),
    valueAddedRate: round(uniform(rng, 8, 22), 1),
    taxContribution: Math.round(logUniform(rng, 10, 400)),
    energyPerOutput: round(uniform(rng, 0.1, 1.6), 3),
    labourIntensity: round(uniform(rng, 40, 140), 1),
    scale: Math.round(logUniform(rng, 200, 10_000)),
    growth: round(uniform(rng, -12, 8), 1),
  },
  flags: { highTechCertified: false, headquartersInShenzhen: chance(rng, 0.5), productionInShenzhen: true },
});

const TRANSFER_INDUSTRIES: readonly IndustryCode[] = [
  'textiles-garments',
  'toys',
  'leather',
  'crafts',
  'hardware-stainless',
  'ceramics',
  'food-beverage',
  'electronics-it',
  'equipment-manufacturing',
  'steel-heavy',
  'marine',
  'port-logistics',
  'ports',
  'power',
  'modern-agriculture',
  'tourism-leisure',
  'forestry',
];

const ARCHETYPES: readonly Archetype[] = [
  {
    name: 'support',
    share: 22,
    industries: ['electronics-it', 'biotech', 'pharmaceuticals', 'equipment-manufacturing'],
    draw: (rng) => ({
      indicators: {
        technology: round(uniform(rng, 3, 9), 2),
        valueAddedRate: round(uniform(rng, 25, 42), 1),
        taxContribution: Math.round(logUniform(rng, 1500, 30_000)),
        energyPerOutput: round(uniform(rng, 0.03, 0.3), 3),
        labourIntensity: round(uniform(rng, 5, 25), 1),
        scale: Math.round(logUniform(rng, 10_000, 500_000)),
        growth: round(uniform(rng, 10, 35), 1),
      },
      flags: { highTechCertified: chance(rng, 0.7), headquartersInShenzhen: chance(rng, 0.9), productionInShenzhen: true },
    }),
  },
  {
    name: 'hq-stays',
    share: 28,
    industries: ['electronics-it', 'equipment-manufacturing', 'food-beverage', 'pharmaceuticals', 'textiles-garments', 'hardware-stainless'],
    draw: (rng) => ({
      indicators: {
        technology: round(uniform(rng, 1.5, 4.5), 2),
        valueAddedRate: round(uniform(rng, 18, 32), 1),
        taxContribution: Math.round(logUniform(rng, 200, 3000)),
        energyPerOutput: round(uniform(rng, 0.08, 0.5), 3),
        labourIntensity: round(uniform(rng, 12, 45), 1),
        scale: Math.round(logUniform(rng, 3000, 50_000)),
        growth: round(uniform(rng, 2, 18), 1),
      },
      // Their production is moving out (五(一) B); some have no Shenzhen headquarters to keep: those land on C, not B.
      // The flag draws nothing from the generator, so the rest of the sample is what it was before issue 11.
      flags: { highTechCertified: chance(rng, 0.3), headquartersInShenzhen: chance(rng, 0.85), productionInShenzhen: chance(rng, 0.95), productionMovingOut: true },
    }),
  },
  { name: 'transfer', share: 42, industries: TRANSFER_INDUSTRIES, draw: transferProfile },
  { name: 'red-line', share: 8, industries: TRANSFER_INDUSTRIES, draw: transferProfile },
];

const NAME_SYLLABLES = ['华', '盛', '宏', '鑫', '达', '科', '创', '锦', '恒', '瑞', '丰', '嘉', '泰', '德', '源', '兴', '美', '安', '隆', '汇', '润', '佳', '捷', '联', '信', '豪', '振', '腾', '星', '海'];

const NAME_WORDS: Readonly<Record<IndustryCode, string>> = {
  forestry: '林业',
  'modern-agriculture': '农业科技',
  'tourism-leisure': '旅游发展',
  'electronics-it': '电子',
  pharmaceuticals: '制药',
  'food-beverage': '食品',
  biotech: '生物科技',
  'textiles-garments': '服饰',
  crafts: '工艺品',
  toys: '玩具',
  power: '电力',
  'equipment-manufacturing': '机械设备',
  'port-logistics': '物流',
  leather: '皮具',
  'hardware-stainless': '五金制品',
  ceramics: '陶瓷',
  ports: '港务',
  'steel-heavy': '钢构',
  marine: '海洋科技',
};

/**
 * Generates `count` fictional enterprises from `seed`. Deterministic: no clock, no Math.random.
 * The first eight go one to each district, so any count ≥ 8 covers all eight. Red-line
 * enterprises cycle through the four red lines in order, so every one appears once there are four.
 */
export function generateSampleEnterprises(seed = 2009, count = 240): EnterpriseRegistration[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const rng = mulberry32(seed);
  const perDistrict = new Map<DistrictCode, number>();
  const names = new Set<string>();
  const archetypeTable = ARCHETYPES.map((a) => [a, a.share] as const);
  let redLineCount = 0;
  const result: EnterpriseRegistration[] = [];

  for (let i = 0; i < count; i++) {
    const district = i < DISTRICT_CODES.length ? DISTRICT_CODES[i]! : weighted(rng, DISTRICT_WEIGHTS);
    const n = (perDistrict.get(district) ?? 0) + 1;
    perDistrict.set(district, n);
    const archetype = weighted(rng, archetypeTable);
    const industry = pick(rng, archetype.industries);
    const { indicators, flags } = archetype.draw(rng);

    const redLines: RedLineCode[] = [];
    if (archetype.name === 'red-line') {
      redLines.push(RED_LINE_CODES[redLineCount % RED_LINE_CODES.length]!);
      redLineCount++;
      // Unlicensed workshops often owe wages too: a few carry two red lines.
      if (redLines[0] === 'unlicensed' && chance(rng, 0.4)) redLines.push('maliciousWageArrears');
    }

    let name = '';
    for (let attempt = 0; attempt < 20 && (name === '' || names.has(name)); attempt++) {
      const suffix = indicators.scale >= 50_000 ? '股份有限公司' : pick(rng, ['有限公司', '实业有限公司']);
      name = `深圳市${pick(rng, NAME_SYLLABLES)}${pick(rng, NAME_SYLLABLES)}${NAME_WORDS[industry]}${suffix}`;
    }
    // Past 20 draws the syllable space is crowded: the id's number keeps the name unique.
    if (names.has(name)) name = name.replace(/^深圳市/, `深圳市${n}号`);
    names.add(name);

    // Parse, so that the sample can never drift from what the API would accept.
    result.push(
      enterpriseSchemas().registration.parse({
        id: `ENT-${district}-${String(n).padStart(4, '0')}`,
        name,
        district,
        industry,
        indicators,
        flags,
        redLines,
      }),
    );
  }
  return result;
}

/** The sample as CSV text, header first, one enterprise a line, with a final line break. */
export function sampleEnterprisesCsv(enterprises: readonly EnterpriseRegistration[]): string {
  return [enterpriseCsvHeader(), ...enterprises.map(enterpriseToCsvRow)].join('\n') + '\n';
}
