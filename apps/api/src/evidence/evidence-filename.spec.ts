import { MAX_FILENAME_CHARS, contentDisposition, sanitiseFilename } from './evidence-filename';

describe('sanitiseFilename', () => {
  it.each([
    ['福田区转移方案.pdf', '福田区转移方案.pdf'],
    ['C:\\Users\\li\\Desktop\\报告.docx', '报告.docx'],
    ['../../etc/passwd', 'passwd'],
    ['  .hidden. ', 'hidden'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u0000b\r\nc.pdf', 'abc.pdf'],
    ['what?<is>:this|"*.pdf', 'what__is__this___.pdf'],
    ['', 'evidence'],
    [undefined, 'evidence'],
    ['...', 'evidence'],
  ])('%j → %j', (declared, kept) => {
    expect(sanitiseFilename(declared)).toBe(kept);
  });

  it('normalises to NFC and cuts long names to 200 characters, keeping the extension', () => {
    expect(sanitiseFilename('e\u0301.pdf')).toBe('\u00e9.pdf');
    const long = sanitiseFilename(`${'深'.repeat(300)}.xlsx`);
    expect([...long]).toHaveLength(MAX_FILENAME_CHARS);
    expect(long.endsWith('深.xlsx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name (RFC 6266 / 5987)', () => {
    expect(contentDisposition('福田区 转移方案(v2).pdf')).toBe(
      `attachment; filename="___ ____(v2).pdf"; filename*=UTF-8''%E7%A6%8F%E7%94%B0%E5%8C%BA%20%E8%BD%AC%E7%A7%BB%E6%96%B9%E6%A1%88%28v2%29.pdf`,
    );
    expect(decodeURIComponent(contentDisposition('福田区.pdf').split("UTF-8''")[1] ?? '')).toBe('福田区.pdf');
  });

  it('cannot be broken out of by quotes, backslashes or apostrophes in the name', () => {
    expect(contentDisposition(`a"b\\c'd.pdf`)).toBe(`attachment; filename="a_b_c'd.pdf"; filename*=UTF-8''a%22b%5Cc%27d.pdf`);
  });
});
