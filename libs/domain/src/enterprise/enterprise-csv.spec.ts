import { enterpriseCsvColumns, enterpriseCsvHeader, enterpriseToCsvRecord, enterpriseToCsvRow, parseEnterpriseRow } from './enterprise-csv';
import { enterpriseRegistrationSchema, type EnterpriseRegistration } from './enterprise.schema';

const sample: EnterpriseRegistration = {
  id: 'ENT-BAOAN-0001',
  name: '深圳市鑫达玩具有限公司',
  district: 'BAOAN',
  industry: 'toys',
  indicators: { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 },
  flags: { highTechCertified: false, headquartersInShenzhen: true, productionInShenzhen: true },
  redLines: ['unlicensed', 'maliciousWageArrears'],
};
const row = (over: Record<string, string> = {}): Record<string, string> => ({ ...enterpriseToCsvRecord(sample), ...over });
const problems = (over: Record<string, string>) => {
  const r = parseEnterpriseRow(row(over));
  return r.ok ? [] : r.problems;
};

describe('enterprise CSV', () => {
  it('writes the header and a row in column order', () => {
    expect(enterpriseCsvHeader()).toBe(
      'id,name,district,industry,technology,valueAddedRate,taxContribution,energyPerOutput,labourIntensity,scale,growth,highTechCertified,headquartersInShenzhen,productionInShenzhen,redLines',
    );
    expect(enterpriseToCsvRow(sample)).toBe('ENT-BAOAN-0001,深圳市鑫达玩具有限公司,BAOAN,toys,0.3,15,100,0.3,85,1000,2,false,true,true,unlicensed;maliciousWageArrears');
    expect(enterpriseToCsvRow({ ...sample, name: 'A, "B"' }).split(',').slice(1, 3).join(',')).toBe('"A, ""B"""');
  });

  it('reads back what it writes', () => {
    expect(parseEnterpriseRow(enterpriseToCsvRecord(sample))).toEqual({ ok: true, value: sample });
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
    const shape = enterpriseRegistrationSchema.shape;
    const expected = [
      ...Object.keys(shape).filter((k) => k !== 'indicators' && k !== 'flags' && k !== 'redLines'),
      ...Object.keys(shape.indicators.shape),
      ...Object.keys(shape.flags.shape),
      'redLines',
    ];
    expect([...enterpriseCsvColumns]).toEqual(expected);
  });
});

describe('enterpriseRegistrationSchema', () => {
  it('defaults red lines to none and refuses unknown fields', () => {
    const { redLines: _r, ...withoutRedLines } = sample;
    expect(enterpriseRegistrationSchema.parse(withoutRedLines).redLines).toEqual([]);
    expect(enterpriseRegistrationSchema.safeParse({ ...sample, owner: 'x' }).success).toBe(false);
    expect(enterpriseRegistrationSchema.safeParse({ ...sample, indicators: { ...sample.indicators, profit: 1 } }).success).toBe(false);
  });
});
