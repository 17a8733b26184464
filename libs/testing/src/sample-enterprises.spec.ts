import { DISTRICT_CODES, RED_LINE_CODES, classifyEnterprise, parseEnterpriseRow, SZ_2009_INDEX_V1, enterpriseCsvColumns, type Track } from '@duban/domain';
import { generateSampleEnterprises, mulberry32, sampleEnterprisesCsv } from './sample-enterprises';

describe('generateSampleEnterprises', () => {
  const sample = generateSampleEnterprises();

  it('gives the same list for the same seed, and another for another seed', () => {
    expect(generateSampleEnterprises(2009, 240)).toEqual(sample);
    expect(generateSampleEnterprises(2010, 240)).not.toEqual(sample);
    expect(generateSampleEnterprises(2009, 50)).toEqual(sample.slice(0, 50));
  });

  it('makes at least 200 enterprises with unique ids and names, in all eight districts', () => {
    expect(sample.length).toBeGreaterThanOrEqual(200);
    expect(new Set(sample.map((e) => e.id)).size).toBe(sample.length);
    expect(new Set(sample.map((e) => e.name)).size).toBe(sample.length);
    expect(new Set(sample.map((e) => e.district))).toEqual(new Set(DISTRICT_CODES));
    for (const e of sample) expect(e.id).toMatch(new RegExp(`^ENT-${e.district}-\\d{4}$`));
  });

  it('reaches every track under SZ_2009_INDEX_V1, each with at least 5 %', () => {
    const counts: Record<Track, number> = { A: 0, B: 0, C: 0, D: 0 };
    for (const e of sample) counts[classifyEnterprise(SZ_2009_INDEX_V1, e).track]++;
    for (const track of ['A', 'B', 'C', 'D'] as const) expect(counts[track]).toBeGreaterThanOrEqual(0.05 * sample.length);
  });

  it('includes every red line, a few times', () => {
    const withRedLines = sample.filter((e) => e.redLines.length > 0);
    expect(withRedLines.length).toBeGreaterThanOrEqual(3);
    expect(new Set(withRedLines.flatMap((e) => e.redLines))).toEqual(new Set(RED_LINE_CODES));
  });

  it('writes CSV that the bulk import reads back', () => {
    const [header, ...rows] = sampleEnterprisesCsv(sample).trimEnd().split('\n');
    expect(header).toBe(enterpriseCsvColumns.join(','));
    expect(rows).toHaveLength(sample.length);
    // The sample has no commas or quotes in any field, so a plain split is a faithful CSV reader here.
    rows.forEach((row, i) => {
      const record = Object.fromEntries(enterpriseCsvColumns.map((c, j) => [c, row.split(',')[j] ?? '']));
      expect(parseEnterpriseRow(record)).toEqual({ ok: true, value: sample[i] });
    });
  });
});

describe('mulberry32', () => {
  it('is a fixed sequence in [0, 1) per seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
