import type { EvidenceContentType } from '@duban/contracts';

/** What the bytes of an upload are: an evidence type, or the rule they break. */
export type SniffResult = { ok: true; contentType: EvidenceContentType } | { ok: false; rule: string };

/** Bytes needed to tell every type apart by its signature (WebP: `RIFF`, size, `WEBP`). */
const HEAD_BYTES = 12;

const OFFICE_RULE = 'evidence must be a PDF, PNG, JPEG, GIF or WebP image, or a Word, Excel or PowerPoint document (docx/xlsx/pptx or doc/xls/ppt), decided by its content';

/** Signatures of the types taken; each decides from the head alone but the two containers. */
const SIGNATURES: { bytes: number[]; at?: number; type: EvidenceContentType | 'zip' | 'ole' }[] = [
  { bytes: [...Buffer.from('%PDF-')], type: 'application/pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: 'image/png' },
  { bytes: [0xff, 0xd8, 0xff], type: 'image/jpeg' },
  { bytes: [...Buffer.from('GIF87a')], type: 'image/gif' },
  { bytes: [...Buffer.from('GIF89a')], type: 'image/gif' },
  { bytes: [...Buffer.from('PK\x03\x04')], type: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], type: 'ole' },
];

/** What a refused head most likely is, so the refusal can say so (never used to accept). */
const KNOWN_REFUSED: { bytes: number[]; what: string }[] = [
  { bytes: [...Buffer.from('MZ')], what: 'a Windows executable' },
  { bytes: [0x7f, ...Buffer.from('ELF')], what: 'an ELF executable' },
  { bytes: [...Buffer.from('#!')], what: 'a script' },
  { bytes: [...Buffer.from('Rar!')], what: 'a RAR archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [...Buffer.from('7z')], what: 'a 7-Zip archive' },
  { bytes: [...Buffer.from('<')], what: 'markup (HTML, SVG or XML)' },
];

const startsWith = (buf: Buffer, bytes: number[], at = 0): boolean => buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);

/** Office Open XML: a ZIP with `[Content_Types].xml` and a part folder naming the application. */
const OOXML_FOLDERS: { prefix: string; type: EvidenceContentType }[] = [
  { prefix: 'word/', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { prefix: 'xl/', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { prefix: 'ppt/', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
];
const CONTENT_TYPES_PART = '[Content_Types].xml';
const LOCAL_HEADER = Buffer.from('PK\x03\x04');
const CENTRAL_HEADER = Buffer.from('PK\x01\x02');
/** Bytes of a header before its name (local 30, central 46) plus the longest name prefix we compare. */
const ZIP_WINDOW = 46 + CONTENT_TYPES_PART.length;

/**
 * Legacy Office: an OLE compound file whose directory names the application's main stream. A
 * directory entry is 128 bytes at a 128-byte boundary of the file (the 512-byte header, then
 * 512- or 4096-byte sectors), its name UTF-16LE with its byte length (terminator included) at +64.
 * Checking the length too means a name merely quoted in a document's text does not count.
 */
const OLE_STREAMS: { name: string; type: EvidenceContentType }[] = [
  { name: 'WordDocument', type: 'application/msword' },
  { name: 'PowerPoint Document', type: 'application/vnd.ms-powerpoint' },
  { name: 'Workbook', type: 'application/vnd.ms-excel' },
].map((s) => ({ ...s, type: s.type as EvidenceContentType }));
const OLE_NAMES = OLE_STREAMS.map((s) => ({ ...s, utf16: Buffer.from(s.name, 'utf16le') }));
const OLE_ENTRY = 128;

/**
 * Decides an upload's type from its bytes as they stream past, holding at most a few dozen bytes
 * (never the file): the signature at the start for PDF and images; for a ZIP, the names of its
 * entries (local and central headers) for docx/xlsx/pptx; for an OLE compound file, its
 * directory's stream names for doc/xls/ppt. The name and declared type of the upload play no part.
 *
 * {@link push} answers a refusal as soon as the head rules the file out (the upload stops there);
 * {@link finish} gives the verdict once every byte has been seen (a container is only decided then).
 */
export class EvidenceSniffer {
  private head = Buffer.alloc(0);
  private kind: EvidenceContentType | 'zip' | 'ole' | undefined;
  private seen = 0;
  /** ZIP: bytes not scanned yet (a header may straddle two chunks). */
  private zipTail = Buffer.alloc(0);
  private zipContentTypes = false;
  private zipFirstFolder: EvidenceContentType | undefined;
  /** OLE: the bytes of the current, incomplete 128-byte entry. */
  private oleTail = Buffer.alloc(0);
  private oleFound = new Set<EvidenceContentType>();

  /** Feeds the next bytes; a refusal once the head already rules the file out. */
  push(chunk: Buffer): SniffResult | undefined {
    if (chunk.length === 0) return undefined;
    this.seen += chunk.length;
    if (this.kind === undefined) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
      if (this.head.length < HEAD_BYTES) {
        // Too few bytes to decide yet; the container scans below need the whole stream from byte 0.
        this.scanContainers(chunk);
        return undefined;
      }
      const refused = this.decideHead();
      if (refused) return refused;
    }
    this.scanContainers(chunk);
    return undefined;
  }

  /** The verdict once the upload has ended. */
  finish(): SniffResult {
    if (this.seen === 0) return { ok: false, rule: `the file is empty; ${OFFICE_RULE}` };
    if (this.kind === undefined) {
      const refused = this.decideHead();
      if (refused) return refused;
    }
    if (this.kind === 'zip') {
      this.scanZip(Buffer.alloc(0), true);
      if (this.zipContentTypes && this.zipFirstFolder) return { ok: true, contentType: this.zipFirstFolder };
      return { ok: false, rule: `the file is a ZIP archive but not a Word, Excel or PowerPoint document (no [Content_Types].xml with word/, xl/ or ppt/ parts); ${OFFICE_RULE}` };
    }
    if (this.kind === 'ole') {
      const found = OLE_STREAMS.find((s) => this.oleFound.has(s.type));
      if (found) return { ok: true, contentType: found.type };
      return { ok: false, rule: `the file is an OLE compound file but not a Word, Excel or PowerPoint document (no WordDocument, Workbook or PowerPoint Document stream; an .msi installer is one such file); ${OFFICE_RULE}` };
    }
    return { ok: true, contentType: this.kind as EvidenceContentType };
  }

  /** Sets {@link kind} from the head; a refusal when no accepted signature is there. */
  private decideHead(): SniffResult | undefined {
    const hit = SIGNATURES.find((s) => startsWith(this.head, s.bytes, s.at));
    const webp = startsWith(this.head, [...Buffer.from('RIFF')]) && startsWith(this.head, [...Buffer.from('WEBP')], 8);
    this.kind = webp ? 'image/webp' : hit?.type;
    if (this.kind !== undefined) return undefined;
    const what = KNOWN_REFUSED.find((k) => startsWith(this.head, k.bytes))?.what;
    return { ok: false, rule: `the file's first bytes are ${what ?? 'not the signature of any accepted type'}; ${OFFICE_RULE}` };
  }

  /** Before the head is decided both scans run (cheap), so no byte is missed whichever it turns out to be. */
  private scanContainers(chunk: Buffer): void {
    if (this.kind === undefined || this.kind === 'zip') this.scanZip(chunk, false);
    if (this.kind === undefined || this.kind === 'ole') this.scanOle(chunk);
  }

  private scanZip(chunk: Buffer, final: boolean): void {
    const buf = this.zipTail.length > 0 ? Buffer.concat([this.zipTail, chunk]) : chunk;
    // Positions from `limit` on may have their header cut off: kept for the next chunk (or the end).
    const limit = final ? buf.length : Math.max(0, buf.length - ZIP_WINDOW);
    for (const [signature, nameLengthAt, nameAt] of [
      [LOCAL_HEADER, 26, 30],
      [CENTRAL_HEADER, 28, 46],
    ] as const) {
      for (let i = buf.indexOf(signature); i >= 0 && i < limit; i = buf.indexOf(signature, i + 1)) {
        if (i + nameAt > buf.length) break;
        const nameLength = buf.readUInt16LE(i + nameLengthAt);
        const name = buf.subarray(i + nameAt, Math.min(buf.length, i + nameAt + Math.min(nameLength, CONTENT_TYPES_PART.length))).toString('latin1');
        if (nameLength === CONTENT_TYPES_PART.length && name === CONTENT_TYPES_PART) this.zipContentTypes = true;
        // The first application folder wins: an embedded workbook inside word/embeddings/ comes after word/.
        this.zipFirstFolder ??= OOXML_FOLDERS.find((f) => name.startsWith(f.prefix))?.type;
      }
    }
    this.zipTail = final ? Buffer.alloc(0) : Buffer.from(buf.subarray(limit));
  }

  private scanOle(chunk: Buffer): void {
    const buf = this.oleTail.length > 0 ? Buffer.concat([this.oleTail, chunk]) : chunk;
    let at = 0;
    for (; at + OLE_ENTRY <= buf.length; at += OLE_ENTRY) {
      for (const s of OLE_NAMES) {
        if (buf.readUInt16LE(at + 64) === s.utf16.length + 2 && buf.compare(s.utf16, 0, s.utf16.length, at, at + s.utf16.length) === 0) this.oleFound.add(s.type);
      }
    }
    this.oleTail = Buffer.from(buf.subarray(at));
  }
}
