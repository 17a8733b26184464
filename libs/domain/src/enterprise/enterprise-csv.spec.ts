import { enterpriseCsvColumns, enterpriseCsvHeader, enterpriseToCsvRecord, enterpriseToCsvRow, parseEnterpriseRow } from './enterprise-csv';
import { enterpriseSchemas, type EnterpriseRegistration } from './enterprise.schema';

const sample: EnterpriseRegistration = {
  id: 'ENT-BAOAN-0001',
  name: '深圳市鑫达玩具有限公司',
  district: 'BAOAN',
  industry: 'toys',
  indicators: { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 },
  flags: { highTechCertified: false, headquartersInShenzhen: true, productionInShenzhen: true },
  redLines: ['unlicensed', 'maliciousWageArrears'],
};
/** With the situation fields of issue 11 (production category, production moving out, leading firm). */
const situated: EnterpriseRegistration = { ...sample, productionCategory: 'labour-intensive', flags: { ...sample.flags, productionMovingOut: true, leadingFirm: false } };
const row = (over: Record<string, string> = {}): Record<string, string> => ({ ...enterpriseToCsvRecord(sample), ...over });
const problems = (over: Record<string, string>) => {
  const r = parseEnterpriseRow(row(over));
  return r.ok ? [] : r.problems;
};

describe('enterprise CSV', () => {
  it('writes the header and a row in column order', () => {
    expect(enterpriseCsvHeader()).toBe(
      'id,name,district,industry,technology,valueAddedRate,taxContribution,energyPerOutput,labourIntensity,scale,growth,highTechCertified,headquartersInShenzhen,productionInShenzhen,redLines,productionCategory,productionMovingOut,leadingFirm',
    );
    expect(enterpriseToCsvRow(sample)).toBe('ENT-BAOAN-0001,深圳市鑫达玩具有限公司,BAOAN,toys,0.3,15,100,0.3,85,1000,2,false,true,true,unlicensed;maliciousWageArrears,,,');
    expect(enterpriseToCsvRow(situated).split(',').slice(-3)).toEqual(['labour-intensive', 'true', 'false']);
    expect(enterpriseToCsvRow({ ...sample, name: 'A, "B"' }).split(',').slice(1, 3).join(',')).toBe('"A, ""B"""');
  });

  it('reads back what it writes, with and without the situation columns of issue 11', () => {
    expect(parseEnterpriseRow(enterpriseToCsvRecord(sample))).toEqual({ ok: true, value: sample });
    expect(parseEnterpriseRow(enterpriseToCsvRecord(situated))).toEqual({ ok: true, value: situated });
  });

  it('reads a file made for the columns before issue 11 (no situation columns): the fields are left out', () => {
    const { productionCategory: _c, productionMovingOut: _m, leadingFirm: _l, ...before } = row();
    expect(parseEnterpriseRow(before)).toEqual({ ok: true, value: sample });
  });

  it('refuses an unknown production category and a flag that is not true or false, naming the column', () => {
    expect(problems({ productionCategory: 'sweatshop', leadingFirm: 'perhaps' })).toEqual([
      { field: 'productionCategory', rule: expect.stringMatching(/labour-intensive/) },
      { field: 'leadingFirm', rule: 'must be true or false' },
    ]);
  });

  it('accepts padded text, 是/否 flags, full-width separators and an empty red-line column', () => {
    const r = parseEnterpriseRow(row({ district: ' BAOAN ', highTechCertified: '否', headquartersInShenzhen: '是', productionInShenzhen: '1', redLines: 'unlicensed；maliciousWageArrears' }));
    expect(r).toEqual({ ok: true, value: sample });
    expect(parseEnterpriseRow(row({ redLines: '' }))).toEqual({ ok: true, value: { ...sample, redLines: [] } });
  });

  it('names the column of every problem, in column order', () => {
    expect(
      problems({ id: 'ent 1', district: 'SHEKOU', energyPerOutput: '0,3', scale: '', growth: '-200', highTechCertified: 'maybe', redLines: 'unlicensed;bribery', extra: 'x' }),
    ).toEqual([
      { field: 'id', rule: expect.stringMatching(/upper-case/) },
      { field: 'district', rule: expect.stringMatching(/FUTIAN/) },
      { field: 'energyPerOutput', rule: 'must be a number' },
      { field: 'scale', rule: 'required' },
      { field: 'growth', rule: expect.stringMatching(/greater than or equal to -100/) },
      { field: 'highTechCertified', rule: 'must be true or false' },
      { field: 'redLines', rule: expect.stringMatching(/majorSafetyHazard/) },
      { field: 'extra', rule: 'unknown column' },
    ]);
  });

  it('reports a missing column as required and a repeated red line once', () => {
    const { industry: _industry, ...rest } = row();
    const r = parseEnterpriseRow(rest);
    expect(r).toEqual({ ok: false, problems: [{ field: 'industry', rule: 'required' }] });
    expect(problems({ redLines: 'unlicensed;unlicensed' })).toEqual([{ field: 'redLines', rule: 'must not repeat a red line' }]);
  });

  it('lists every column of the registration schema', () => {
    const shape = enterpriseSchemas().registration.shape;
    const expected = [
      ...Object.keys(shape).filter((k) => k !== 'indicators' && k !== 'flags'),
      ...Object.keys(shape.indicators.shape),
      ...Object.keys(shape.flags.shape),
    ];
    expect([...enterpriseCsvColumns].sort()).toEqual(expected.sort());
  });
});

describe('enterpriseSchemas().registration', () => {
  it('defaults red lines to none and refuses unknown fields', () => {
    const { redLines: _r, ...withoutRedLines } = sample;
    expect(enterpriseSchemas().registration.parse(withoutRedLines).redLines).toEqual([]);
    expect(enterpriseSchemas().registration.safeParse({ ...sample, owner: 'x' }).success).toBe(false);
    expect(enterpriseSchemas().registration.safeParse({ ...sample, indicators: { ...sample.indicators, profit: 1 } }).success).toBe(false);
  });
});
