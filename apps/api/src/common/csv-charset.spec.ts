import { decodeCsvBody } from './csv-charset';

/** `name,district\n深圳企业,FUTIAN` as Excel on a Chinese Windows saves it (GBK) and as UTF-8. */
const GBK = Buffer.from([...Buffer.from('name,district\n'), 0xc9, 0xee, 0xdb, 0xda, 0xc6, 0xf3, 0xd2, 0xb5, ...Buffer.from(',FUTIAN')]);
const TEXT = 'name,district\n深圳企业,FUTIAN';
const UTF8 = Buffer.from(TEXT, 'utf8');

describe('decodeCsvBody', () => {
  it('reads UTF-8, with or without a byte-order mark, when nothing is declared', () => {
    expect(decodeCsvBody(UTF8, 'text/csv')).toEqual({ ok: true, text: TEXT, charset: 'utf-8' });
    expect(decodeCsvBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8]), 'text/csv')).toEqual({ ok: true, text: TEXT, charset: 'utf-8' });
  });

  it('reads what Chinese Excel saves (GBK) as GB18030 when nothing is declared', () => {
    expect(decodeCsvBody(GBK, 'text/csv')).toEqual({ ok: true, text: TEXT, charset: 'gb18030' });
  });

  it('obeys a declared charset, GBK and GB2312 read as GB18030', () => {
    expect(decodeCsvBody(GBK, 'text/csv; charset=GBK')).toMatchObject({ ok: true, text: TEXT, charset: 'gb18030' });
    expect(decodeCsvBody(GBK, 'text/csv;charset="gb2312"')).toMatchObject({ ok: true, text: TEXT });
    expect(decodeCsvBody(UTF8, 'text/csv; charset=utf-8')).toMatchObject({ ok: true, text: TEXT });
  });

  it('refuses bytes that are not what their charset says, and charsets it does not read', () => {
    expect(decodeCsvBody(GBK, 'text/csv; charset=utf-8')).toEqual({ ok: false, unsupported: false, rule: 'is not valid UTF-8, as its charset says' });
    expect(decodeCsvBody(UTF8, 'text/csv; charset=big5')).toMatchObject({ ok: false, unsupported: true });
    expect(decodeCsvBody(Buffer.from([0x41, 0xff, 0xff, 0xff]), 'text/csv')).toEqual({ ok: false, unsupported: false, rule: 'is neither UTF-8 nor GB18030 text' });
  });
});
