/// <reference types="jest" />
import { toCsv } from './scores-csv';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF, and quotes what needs quoting', () => {
    expect(toCsv(['单位', '得分'], [['福田区, "东"', 88.5]])).toBe('\uFEFF单位,得分\r\n"福田区, ""东""",88.5\r\n');
  });

  it('writes formula-like text as text but keeps negative numbers as numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', -2.5, '@SUM(A1)']])).toBe('\uFEFFa,b,c\r\n"\'=HYPERLINK(""x"")",-2.5,\'@SUM(A1)\r\n');
  });
});
