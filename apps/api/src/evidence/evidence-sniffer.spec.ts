import { EvidenceSniffer, type SniffResult } from './evidence-sniffer';

/** A ZIP of stored (uncompressed) entries with local headers, a central directory and its end record. */
function zipOf(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An OLE compound file (v3: 512-byte header and sectors) whose directory sector names `streams`. */
function oleOf(streams: string[], padding = 0): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const filler = Buffer.alloc(padding * 512, 0x41);
  const directory = Buffer.alloc(512 * Math.ceil((streams.length + 1) / 4));
  ['Root Entry', ...streams].forEach((name, i) => {
    const utf16 = Buffer.from(name, 'utf16le');
    utf16.copy(directory, i * 128);
    directory.writeUInt16LE(utf16.length + 2, i * 128 + 64);
  });
  return Buffer.concat([header, filler, directory]);
}

const OOXML_PARTS = { '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>' };

/** Feeds `bytes` in chunks of `size` and answers the first refusal or the final verdict. */
function sniff(bytes: Buffer, size = 65_536): SniffResult {
  const sniffer = new EvidenceSniffer();
  for (let at = 0; at < bytes.length; at += size) {
    const early = sniffer.push(bytes.subarray(at, at + size));
    if (early) return early;
  }
  return sniffer.finish();
}

const typeOf = (bytes: Buffer, size?: number) => {
  const r = sniff(bytes, size);
  return r.ok ? r.contentType : `refused: ${r.rule}`;
};

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('EvidenceSniffer', () => {
  it.each([
    ['a PDF', pdf, 'application/pdf'],
    ['a PNG', png, 'image/png'],
    ['a JPEG', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]), 'image/jpeg'],
    ['a GIF89a', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]), 'image/gif'],
    ['a GIF87a', Buffer.concat([Buffer.from('GIF87a'), Buffer.alloc(20)]), 'image/gif'],
    ['a WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(32)]), 'image/webp'],
    ['a docx', zipOf({ ...OOXML_PARTS, 'word/document.xml': '<w:document/>' }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an xlsx', zipOf({ ...OOXML_PARTS, 'xl/workbook.xml': '<workbook/>' }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a pptx', zipOf({ ...OOXML_PARTS, 'docProps/app.xml': '<Properties/>', 'ppt/presentation.xml': '<p/>' }), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['a doc', oleOf(['WordDocument', '1Table']), 'application/msword'],
    ['an xls', oleOf(['Workbook']), 'application/vnd.ms-excel'],
    ['a ppt', oleOf(['Current User', 'PowerPoint Document'], 3), 'application/vnd.ms-powerpoint'],
  ])('takes %s by its bytes', (_what, bytes, type) => {
    expect(typeOf(bytes)).toBe(type);
  });

  it('decides the same whatever the chunking (headers and directory entries straddling chunks)', () => {
    const files = [pdf, png, zipOf({ ...OOXML_PARTS, 'word/document.xml': 'x'.repeat(3000) }), oleOf(['Summary', 'WordDocument'], 2)];
    for (const file of files) {
      const whole = typeOf(file);
      for (const size of [1, 3, 7, 13, 64, 127, 129, 1000]) expect({ size, type: typeOf(file, size) }).toEqual({ size, type: whole });
    }
  });

  it('refuses a Windows executable named .pdf as soon as its head arrives, naming what it is and the rule', () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200_000)]);
    const sniffer = new EvidenceSniffer();
    const early = sniffer.push(exe.subarray(0, 64));
    expect(early).toEqual({ ok: false, rule: expect.stringMatching(/^the file's first bytes are a Windows executable; evidence must be a PDF, PNG, JPEG, GIF or WebP image, or a Word, Excel or PowerPoint document/) });
  });

  it.each([
    ['an ELF executable', Buffer.concat([Buffer.from([0x7f]), Buffer.from('ELF'), Buffer.alloc(60)]), /an ELF executable/],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>'), /markup/],
    ['plain text', Buffer.from('just some words, not a document at all'), /not the signature of any accepted type/],
    ['an SVG (markup, not an image we take)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), /markup/],
    ['a RIFF that is not WebP (a WAV)', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(20)]), /not the signature/],
  ])('refuses %s', (_what, bytes, rule) => {
    const r = sniff(bytes);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.rule).toMatch(rule);
  });

  it('refuses a ZIP that is not an Office document (no [Content_Types].xml, or no word/ xl/ ppt/ part)', () => {
    expect(typeOf(zipOf({ 'payload.exe': 'MZ...' }))).toMatch(/^refused: the file is a ZIP archive but not a Word, Excel or PowerPoint document/);
    expect(typeOf(zipOf({ 'word/document.xml': '<w/>' }))).toMatch(/^refused: the file is a ZIP archive/);
    expect(typeOf(zipOf({ ...OOXML_PARTS, 'content.xml': '<office:document/>' }))).toMatch(/^refused: the file is a ZIP archive/);
  });

  it('takes the first application folder, so a docx embedding a workbook stays a docx', () => {
    const embedded = zipOf({ ...OOXML_PARTS, 'xl/workbook.xml': '<workbook/>' });
    expect(typeOf(zipOf({ ...OOXML_PARTS, 'word/document.xml': '<w/>', 'word/embeddings/sheet.xlsx': embedded }))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses an OLE compound file without an Office stream (an .msi installer), and a stream name merely quoted in the data', () => {
    expect(typeOf(oleOf(['SummaryInformation', 'Property']))).toMatch(/^refused: the file is an OLE compound file but not a Word, Excel or PowerPoint document/);
    // "WordDocument" in UTF-16 at an entry boundary but without the entry's name length: not a directory entry.
    const quoted = oleOf(['Property']);
    Buffer.from('WordDocument', 'utf16le').copy(quoted, 512 + 2 * 128);
    expect(typeOf(quoted)).toMatch(/^refused: the file is an OLE compound file/);
  });

  it('refuses an empty file and decides a file shorter than the head from what there is', () => {
    expect(typeOf(Buffer.alloc(0))).toMatch(/^refused: the file is empty/);
    expect(typeOf(Buffer.from('%PDF-'))).toBe('application/pdf');
    expect(typeOf(Buffer.from('MZ'))).toMatch(/Windows executable/);
  });
});
