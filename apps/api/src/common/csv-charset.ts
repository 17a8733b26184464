/** Labels of the Chinese national character set a CSV may declare; each is read as GB18030, their superset. */
const GB_LABELS = new Set(['gb18030', 'gbk', 'gb2312', 'x-gbk', 'cp936', 'windows-936']);
const UTF8_LABELS = new Set(['utf-8', 'utf8']);

export type CsvDecoding = { ok: true; text: string; charset: 'utf-8' | 'gb18030' } | { ok: false; unsupported: boolean; rule: string };

/**
 * The text of a CSV body. A declared `charset` (UTF-8, or GB18030 and its subsets GBK and GB2312)
 * is obeyed; undeclared, a UTF-8 byte-order mark or bytes that are valid UTF-8 are read as UTF-8,
 * and anything else as GB18030: Excel on a Chinese Windows saves "CSV" in the system code page
 * (GBK), which GB18030 contains. That guess is ours; bytes that are neither are refused, never
 * read with replacement characters. Any other declared charset is unsupported.
 */
export function decodeCsvBody(bytes: Uint8Array, contentType: string | undefined): CsvDecoding {
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (declared !== undefined && !UTF8_LABELS.has(declared) && !GB_LABELS.has(declared)) {
    return { ok: false, unsupported: true, rule: `charset ${declared} is not read: send UTF-8 or GB18030 (GBK)` };
  }
  const tryDecode = (charset: 'utf-8' | 'gb18030'): CsvDecoding | undefined => {
    try {
      // TextDecoder drops a leading byte-order mark of its own encoding.
      return { ok: true, text: new TextDecoder(charset, { fatal: true }).decode(bytes), charset };
    } catch {
      return undefined;
    }
  };
  if (declared !== undefined) {
    const charset = UTF8_LABELS.has(declared) ? 'utf-8' : 'gb18030';
    return tryDecode(charset) ?? { ok: false, unsupported: false, rule: `is not valid ${charset === 'utf-8' ? 'UTF-8' : 'GB18030'}, as its charset says` };
  }
  return tryDecode('utf-8') ?? tryDecode('gb18030') ?? { ok: false, unsupported: false, rule: 'is neither UTF-8 nor GB18030 text' };
}
