/** The longest name kept, in characters (code points); longer names are cut, keeping their extension. */
export const MAX_FILENAME_CHARS = 200;

/** Control characters, and the bidirectional overrides that make `invoice‮fdp.exe` read as `invoiceexe.pdf`. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Characters no common file system takes in a name. */
const RESERVED = /[<>:"|?*]/g;

/**
 * The uploader's file name as we keep it for display: the last path segment (`C:\a\b.pdf` and
 * `../b.pdf` are `b.pdf`), NFC, without control or bidi-override characters, reserved characters
 * as `_`, no leading or trailing dots and spaces, at most {@link MAX_FILENAME_CHARS} characters
 * (the extension kept). An empty result is `evidence`. It is never used as a path.
 */
export function sanitiseFilename(declared: string | undefined): string {
  const base = (declared ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(UNSAFE, '').replace(RESERVED, '_').replace(/^[\s.]+|[\s.]+$/gu, '');
  const chars = [...clean];
  if (chars.length === 0) return 'evidence';
  if (chars.length <= MAX_FILENAME_CHARS) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? [...clean.slice(dot)] : [];
  if (ext.length > 0 && ext.length <= 16) return [...chars.slice(0, MAX_FILENAME_CHARS - ext.length), ...ext].join('');
  return chars.slice(0, MAX_FILENAME_CHARS).join('');
}

/** RFC 5987 `attr-char`s pass; every other byte of the UTF-8 name is percent-encoded. */
const encodeRfc5987 = (value: string): string => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition: attachment` for `filename` (RFC 6266): an ASCII `filename="…"` fallback
 * (non-ASCII, quotes and backslashes as `_`) for old clients, and `filename*=UTF-8''…` with the
 * real name, which every current browser prefers (so 福田区转移方案.pdf arrives as such).
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}
