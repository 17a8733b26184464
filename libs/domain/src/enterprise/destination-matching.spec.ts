import { chooseDestination, matchDestinations, regionsForEnterprise, type MatchableEnterprise } from './destination-matching';
import type { EnterpriseIndicators } from './enterprise.schema';
import type { IndustryCode } from './industries.data';
import { parkSchema, type ParkInput } from './park.schema';
import { DEFAULT_PARKS } from './parks.data';

const indicators = (over: Partial<EnterpriseIndicators> = {}): EnterpriseIndicators => ({
  technology: 1,
  valueAddedRate: 20,
  taxContribution: 100,
  energyPerOutput: 0.2,
  labourIntensity: 40,
  scale: 3000,
  growth: 5,
  ...over,
});
const enterprise = (industry: IndustryCode, over: Partial<EnterpriseIndicators> = {}): MatchableEnterprise => ({ industry, indicators: indicators(over) });
const park = (over: Partial<ParkInput> & Pick<ParkInput, 'id'>) =>
  parkSchema.parse({
    name: over.id,
    nameEn: over.id,
    city: 'x',
    region: 'east-wing',
    industries: ['electronics-it'],
    capacity: { enterprises: 10, occupied: 0 },
    source: 'test',
    ...over,
  });

describe('regionsForEnterprise', () => {
  it('fits modern agriculture to both regions that list it', () => {
    expect(regionsForEnterprise(enterprise('modern-agriculture')).map((f) => [f.region, f.via])).toEqual([
      ['north-mountain', 'listed'],
      ['west-wing', 'listed'],
    ]);
  });

  it('fits a clean industry to the north mountains and a labour-intensive one to the west wing', () => {
    expect(regionsForEnterprise(enterprise('toys', { labourIntensity: 80 })).map((f) => [f.region, f.via])).toEqual([
      ['north-mountain', 'clean-industry'],
      ['east-wing', 'listed'],
      ['west-wing', 'labour-intensive'],
    ]);
    // 59 employees per 10M CNY is below the labour-intensive line (60); ceramics is not clean.
    expect(regionsForEnterprise(enterprise('ceramics', { labourIntensity: 59 })).map((f) => f.region)).toEqual(['east-wing']);
    expect(regionsForEnterprise(enterprise('ceramics', { labourIntensity: 60 })).map((f) => f.region)).toEqual(['east-wing', 'west-wing']);
  });

  it('fits steel only to the west wing', () => {
    expect(regionsForEnterprise(enterprise('steel-heavy')).map((f) => f.region)).toEqual(['west-wing']);
  });
});

describe('matchDestinations over the default parks', () => {
  it('ranks the paired parks first for an electronics maker, tie broken by park id', () => {
    // Chaozhou and Shanwei: focus 40 + paired 30 + listed for the east wing 10 + 20 × 100 % room = 100.
    // North mountain: focus 40 + clean-industry route 0 + 20 × 10/40 room = 45.
    const m = matchDestinations(enterprise('electronics-it'), { track: 'C', score: 40 }, DEFAULT_PARKS);
    expect(m.candidates.map((c) => [c.rank, c.parkId, c.fit])).toEqual([
      [1, 'sz-chaozhou-park', 100],
      [2, 'sz-shanwei-park', 100],
      [3, 'example-north-mountain-park', 45],
    ]);
    expect(m.candidates[0]?.reasons).toEqual([
      '电子信息 is one of the park\'s focus industries (+40)',
      'one of Shenzhen\'s paired parks, in 潮州 (五(二)) (+30)',
      '电子信息 is listed for the east wing (东翼（粤东）) in 四(三) (+10)',
      '100 of 100 places left (+20.00)',
      'meets the entry standards for track C with score 40.00',
    ]);
    expect(m.candidates[2]?.fictional).toBe(true);
    expect(m.excluded).toEqual([
      {
        parkId: 'example-east-wing-bio-park',
        name: '东翼示例生物医药园（虚构）',
        region: 'east-wing',
        blockedBy: ['the park admits only its own industries, and 电子信息 is not one of them', 'score 40.00 is below the park\'s minimum 45'],
      },
      {
        parkId: 'example-west-wing-park',
        name: '西翼示例产业转移园（虚构）',
        region: 'west-wing',
        blockedBy: ['电子信息 does not fit the west wing (西翼（粤西）) under 四(三)'],
      },
    ]);
  });

  it('weighs a toy cluster in the west wing against the paired parks for a labour-intensive toy maker', () => {
    // Paired parks: not a toy focus 0 + paired 30 + listed 10 + full room 20 = 60.
    // West wing: toy focus 40 + labour-intensive route 0 + 20 × 60/80 = 15 → 55.
    // North mountain: not a focus 0 + clean route 0 + 20 × 10/40 = 5 → 5.
    const m = matchDestinations(enterprise('toys', { labourIntensity: 80, energyPerOutput: 0.25 }), { track: 'C', score: 35 }, DEFAULT_PARKS);
    expect(m.candidates.map((c) => [c.rank, c.parkId, c.fit])).toEqual([
      [1, 'sz-chaozhou-park', 60],
      [2, 'sz-shanwei-park', 60],
      [3, 'example-west-wing-park', 55],
      [4, 'example-north-mountain-park', 5],
    ]);
    expect(m.excluded.map((e) => e.parkId)).toEqual(['example-east-wing-bio-park']);
  });

  it('sends a steel works west only, listing every reason the other parks refuse it', () => {
    // West wing: focus 40 + listed 10 + 20 × 60/80 = 15 → 65.
    const m = matchDestinations(enterprise('steel-heavy', { energyPerOutput: 1.5, labourIntensity: 30 }), { track: 'C', score: 20 }, DEFAULT_PARKS);
    expect(m.candidates.map((c) => [c.parkId, c.fit])).toEqual([['example-west-wing-park', 65]]);
    const chaozhou = m.excluded.find((e) => e.parkId === 'sz-chaozhou-park');
    expect(chaozhou?.blockedBy).toEqual([
      '钢铁等重工业 does not fit the east wing (东翼（粤东）) under 四(三)',
      'score 20.00 is below the park\'s minimum 25',
      'energy 1.5 tce per 10k CNY output exceeds the park\'s maximum 1',
    ]);
  });

  it('matches no park for a track-D enterprise', () => {
    const m = matchDestinations(enterprise('electronics-it'), { track: 'D', score: 90 }, DEFAULT_PARKS);
    expect(m.candidates).toEqual([]);
    expect(m.excluded).toHaveLength(DEFAULT_PARKS.length);
    for (const e of m.excluded) expect(e.blockedBy[0]).toBe('track D (red line): closure by law, not transfer');
  });
});

describe('matchDestinations over given parks', () => {
  it('refuses a track the park does not admit, a full park, and unmet entry standards', () => {
    const parks = [
      park({ id: 'bc-only', entryStandards: { tracks: ['B', 'C'] } }),
      park({ id: 'full', capacity: { enterprises: 5, occupied: 5 } }),
      park({ id: 'strict', entryStandards: { maxLabourIntensity: 30, minScale: 5000 } }),
      park({ id: 'open' }),
    ];
    const m = matchDestinations(enterprise('electronics-it'), { track: 'A', score: 80 }, parks);
    expect(m.candidates.map((c) => c.parkId)).toEqual(['open']);
    expect(Object.fromEntries(m.excluded.map((e) => [e.parkId, e.blockedBy]))).toEqual({
      'bc-only': ['track A is not admitted (the park admits B, C)'],
      full: ['no capacity left (5 of 5 places taken)'],
      strict: [
        'labour intensity 40 employees per 10M CNY output exceeds the park\'s maximum 30',
        'output 3000 (10k CNY) is below the park\'s minimum 5000',
      ],
    });
  });

  it('ranks by room left when all else is equal, and does not depend on the order parks are given in', () => {
    // 20 × 8/10 = 16 against 20 × 3/10 = 6.
    const parks = [park({ id: 'p-crowded', capacity: { enterprises: 10, occupied: 7 } }), park({ id: 'p-roomy', capacity: { enterprises: 10, occupied: 2 } })];
    const a = matchDestinations(enterprise('electronics-it'), { track: 'B', score: 60 }, parks);
    const b = matchDestinations(enterprise('electronics-it'), { track: 'B', score: 60 }, [...parks].reverse());
    expect(a.candidates.map((c) => [c.parkId, c.fit])).toEqual([
      ['p-roomy', 66],
      ['p-crowded', 56],
    ]);
    expect(b).toEqual(a);
  });
});

describe('parkSchema', () => {
  it('refuses more occupied places than there are, track D, unknown industries and unknown fields', () => {
    const base = { id: 'p-1', name: 'p', nameEn: 'p', city: 'x', region: 'east-wing', industries: ['toys'], capacity: { enterprises: 1, occupied: 0 }, source: 't' };
    expect(parkSchema.safeParse(base).success).toBe(true);
    expect(parkSchema.safeParse({ ...base, capacity: { enterprises: 1, occupied: 2 } }).success).toBe(false);
    expect(parkSchema.safeParse({ ...base, entryStandards: { tracks: ['D'] } }).success).toBe(false);
    expect(parkSchema.safeParse({ ...base, industries: ['mining'] }).success).toBe(false);
    expect(parkSchema.safeParse({ ...base, owner: 'x' }).success).toBe(false);
  });

  it('holds the two paired parks of the seed, both in the east wing', () => {
    expect(DEFAULT_PARKS.filter((p) => p.paired).map((p) => [p.city, p.region, p.fictional])).toEqual([
      ['潮州', 'east-wing', false],
      ['汕尾', 'east-wing', false],
    ]);
  });
});

describe('chooseDestination', () => {
  const m = matchDestinations(enterprise('electronics-it'), { track: 'C', score: 40 }, DEFAULT_PARKS);

  it('records any candidate the enterprise picks, with its reasons next to the match\'s', () => {
    const r = chooseDestination(m, { parkId: 'sz-shanwei-park', reasons: ['closer to our suppliers in Huizhou'] });
    expect(r).toEqual({
      ok: true,
      choice: { parkId: 'sz-shanwei-park', rank: 2, fit: 100, matchReasons: m.candidates[1]?.reasons, enterpriseReasons: ['closer to our suppliers in Huizhou'] },
    });
  });

  it('refuses an excluded park and an unknown one', () => {
    expect(chooseDestination(m, { parkId: 'example-west-wing-park', reasons: ['cheap land'] })).toMatchObject({ ok: false, code: 'ENTERPRISE.PARK_NOT_ELIGIBLE' });
    expect(chooseDestination(m, { parkId: 'nowhere', reasons: ['x'] })).toMatchObject({ ok: false, code: 'ENTERPRISE.PARK_UNKNOWN' });
  });
});
