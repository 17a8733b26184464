import { parkSchema, type Park, type ParkInput } from './park.schema';

/**
 * The default parks. The two paired parks are real (五(二), 六(一)4: "与汕尾、潮州结对共建的两个市级
 * 产业转移工业园"), but the seed gives neither their focus industries nor their size or entry
 * standards: those figures here are placeholders in the right order of magnitude, to be replaced
 * by T2's deliverable. The other three are fictional examples (`fictional: true`) that show a
 * west-wing park, a north-mountain park and a park admitting only its own industries.
 */
const DEFAULT_PARK_INPUTS: readonly ParkInput[] = [
  {
    id: 'sz-shanwei-park',
    name: '深圳（汕尾）产业转移工业园',
    nameEn: 'Shenzhen (Shanwei) Industrial Transfer Park',
    city: '汕尾',
    region: 'east-wing',
    paired: true,
    industries: ['electronics-it', 'equipment-manufacturing', 'textiles-garments', 'food-beverage', 'hardware-stainless', 'port-logistics'],
    capacity: { enterprises: 120, occupied: 0 },
    entryStandards: { minScore: 30, maxEnergyPerOutput: 0.8 },
    source: '深府办〔2009〕98号 五(二) for the park; industries, capacity and standards are placeholders pending T2',
  },
  {
    id: 'sz-chaozhou-park',
    name: '深圳（潮州）产业转移工业园',
    nameEn: 'Shenzhen (Chaozhou) Industrial Transfer Park',
    city: '潮州',
    region: 'east-wing',
    paired: true,
    // Chaozhou's own clusters: ceramics, stainless steel (彩塘), food, crafts, garments.
    industries: ['ceramics', 'hardware-stainless', 'food-beverage', 'crafts', 'textiles-garments', 'electronics-it'],
    capacity: { enterprises: 100, occupied: 0 },
    // Ceramics kilns run hotter than the Shanwei mix: a looser energy ceiling.
    entryStandards: { minScore: 25, maxEnergyPerOutput: 1.0 },
    source: '深府办〔2009〕98号 五(二) for the park; industries, capacity and standards are placeholders pending T2',
  },
  {
    id: 'example-west-wing-park',
    name: '西翼示例产业转移园（虚构）',
    nameEn: 'Example west-wing transfer park (fictional)',
    city: '（虚构）',
    region: 'west-wing',
    fictional: true,
    industries: ['steel-heavy', 'marine', 'ports', 'textiles-garments', 'toys', 'leather'],
    capacity: { enterprises: 80, occupied: 20 },
    entryStandards: { minScore: 15, maxEnergyPerOutput: 2.0 },
    source: 'illustrative, not a real park',
  },
  {
    id: 'example-north-mountain-park',
    name: '北部山区示例生态产业园（虚构）',
    nameEn: 'Example north-mountain eco-industrial park (fictional)',
    city: '（虚构）',
    region: 'north-mountain',
    fictional: true,
    industries: ['forestry', 'modern-agriculture', 'tourism-leisure', 'electronics-it', 'crafts'],
    capacity: { enterprises: 40, occupied: 30 },
    // Water-source protection (四(三)): only low-energy, clean plants.
    entryStandards: { minScore: 20, maxEnergyPerOutput: 0.3 },
    source: 'illustrative, not a real park',
  },
  {
    id: 'example-east-wing-bio-park',
    name: '东翼示例生物医药园（虚构）',
    nameEn: 'Example east-wing bio-pharma park (fictional)',
    city: '（虚构）',
    region: 'east-wing',
    fictional: true,
    industries: ['pharmaceuticals', 'biotech'],
    capacity: { enterprises: 30, occupied: 12 },
    entryStandards: { industriesOnly: true, minScore: 45, maxEnergyPerOutput: 0.5 },
    source: 'illustrative, not a real park',
  },
];

/** The default parks, validated by {@link parkSchema} (so defaults are applied) and ordered by id. */
export const DEFAULT_PARKS: readonly Park[] = DEFAULT_PARK_INPUTS.map((p) => parkSchema.parse(p)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
