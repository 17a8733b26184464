import { enterpriseCsvColumns, enterpriseCsvHeader, enterpriseToCsvRecord, enterpriseToCsvRow, type EnterpriseRegistration } from '@duban/domain';
import { parseCsv, type CsvTable } from './csv-records';
import { csvImportRows, jsonImportRows, screenImport } from './enterprise-import';

const enterprise = (id: string, district: EnterpriseRegistration['district'] = 'FUTIAN'): EnterpriseRegistration => ({
  id,
  name: `深圳市${id}有限公司`,
  district,
  industry: 'electronics-it',
  indicators: { technology: 1, valueAddedRate: 12, taxContribution: 50, energyPerOutput: 0.3, labourIntensity: 80, scale: 2000, growth: 3 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
});

function table(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.rule);
  return parsed.table;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and a BOM', () => {
    expect(table('\ufeffa,b,c\r\n1,"x, ""y""\nz",3\n\n4,,6')).toEqual({
      header: ['a', 'b', 'c'],
      rows: [
        { row: 1, fields: ['1', 'x, "y"\nz', '3'] },
        // The blank line is skipped but counted.
        { row: 3, fields: ['4', '', '6'] },
      ],
    });
    expect(table('a,b\n"",x\n')).toEqual({ header: ['a', 'b'], rows: [{ row: 1, fields: ['', 'x'] }] });
  });

  it('refuses an unterminated quote, stray quotes and a missing header', () => {
    expect(parseCsv('a,b\n1,"open\n')).toEqual({ ok: false, rule: 'line 2: a quoted field is not closed' });
    expect(parseCsv('a,b\n"1"x,2\n')).toEqual({ ok: false, rule: 'line 2: text after a closing quote' });
    expect(parseCsv('a,b\n1,x"y\n')).toMatchObject({ ok: false, rule: expect.stringMatching(/^line 2: a quote inside/) });
    expect(parseCsv('')).toEqual({ ok: false, rule: 'has no header line' });
  });
});

describe('the import report', () => {
  it('names each bad CSV row by its 1-based row number and column, and refuses a short row whole', () => {
    const bad = { ...enterpriseToCsvRecord(enterprise('ENT-2')), energyPerOutput: '1,5' };
    const csv = [enterpriseCsvHeader(), enterpriseToCsvRow(enterprise('ENT-1')), enterpriseCsvColumns.map((c) => bad[c]).map((v) => (v.includes(',') ? `"${v}"` : v)).join(','), 'ENT-3,short'].join('\n');
    const rows = csvImportRows(table(csv));
    expect(rows.map((r) => r.ok)).toEqual([true, false, false]);
    expect(rows[1]).toEqual({ row: 2, ok: false, id: 'ENT-2', problems: [{ field: 'energyPerOutput', rule: 'must be a number' }] });
    expect(rows[2]).toMatchObject({ row: 3, id: 'ENT-3', problems: [{ field: 'row', rule: expect.stringMatching(/^has 2 fields, the header has \d+$/) }] });
  });

  it('names bad JSON items by path', () => {
    const rows = jsonImportRows([{ ...enterprise('ENT-1') }, { ...enterprise('ENT-2'), indicators: { ...enterprise('x').indicators, growth: 'fast' }, extra: 1 }]);
    expect(rows[0]).toMatchObject({ row: 1, ok: true });
    expect(rows[1]).toMatchObject({ row: 2, ok: false, id: 'ENT-2' });
    expect(rows[1]?.ok === false && rows[1].problems.map((p) => p.field)).toEqual(['indicators.growth', 'extra']);
  });

  it('rejects rows of another district for a district official, and a repeated id', () => {
    const rows = jsonImportRows([enterprise('ENT-1'), enterprise('ENT-2', 'LUOHU'), enterprise('ENT-1'), { id: 'x' }]);
    const screened = screenImport(rows, 'FUTIAN');
    expect(screened.accepted.map((a) => [a.row, a.registration.id])).toEqual([[1, 'ENT-1']]);
    expect(screened.rejected.map((r) => [r.row, r.id, r.problems.map((p) => p.field)])).toEqual([
      [2, 'ENT-2', ['district']],
      [3, 'ENT-1', ['id']],
      [4, 'x', expect.arrayContaining(['id', 'name'])],
    ]);
    expect(screenImport(rows).accepted.map((a) => a.row)).toEqual([1, 2]);
  });
});
