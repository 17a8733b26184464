/**
 * The webhook signature scheme (`Duban-Signature`), as pure functions: the HMAC itself is passed
 * in, so this module runs anywhere (Node's `crypto.createHmac`, Web Crypto, a receiver in another
 * language follows the same steps).
 *
 * Header: `Duban-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + rawBody)>`.
 * Several `v1=` values may appear (e.g. while a secret is rotated); one match is enough.
 */

/** HMAC-SHA256 of `message` under `secret`, as lower-case hex. */
export type HmacSha256Hex = (secret: string, message: string) => string;

/** The signature scheme's version tag in the header. */
export const SIGNATURE_SCHEME = 'v1';

/** How far a signature's timestamp may be from the receiver's clock by default: 5 minutes. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** What is signed: the timestamp, a dot, and the exact bytes of the request body. */
export function signedPayload(timestamp: number, rawBody: string): string {
  return `${timestamp}.${rawBody}`;
}

/** The `Duban-Signature` header value for one request. `timestamp` is in unix seconds. */
export function signatureHeader(secret: string, rawBody: string, timestamp: number, hmac: HmacSha256Hex): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`timestamp must be whole unix seconds, got ${timestamp}`);
  return `t=${timestamp},${SIGNATURE_SCHEME}=${hmac(secret, signedPayload(timestamp, rawBody))}`;
}

export interface ParsedSignatureHeader {
  timestamp: number;
  signatures: string[];
}

/** Reads `t=…,v1=…[,v1=…]`; unknown schemes are ignored. `undefined` when there is no timestamp or no v1 signature. */
export function parseSignatureHeader(header: string): ParsedSignatureHeader | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === SIGNATURE_SCHEME && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined || signatures.length === 0) return undefined;
  return { timestamp, signatures };
}

export type SignatureVerdict = { ok: true; timestamp: number } | { ok: false; reason: 'malformed' | 'outside-tolerance' | 'mismatch' };

export interface VerifySignatureInput {
  header: string | undefined;
  /** The request body exactly as received, before any JSON parsing. */
  rawBody: string;
  secret: string;
  /** The receiver's clock, unix seconds. */
  nowSeconds: number;
  /** Largest accepted |now − t| in seconds; defaults to {@link DEFAULT_SIGNATURE_TOLERANCE_SECONDS}. */
  toleranceSeconds?: number;
  hmac: HmacSha256Hex;
}

/**
 * Checks a delivery the way a receiver should: the header parses, its timestamp is within the
 * tolerance window (so a captured request cannot be replayed later), and one `v1` signature equals
 * the HMAC of `t.rawBody` (compared in constant time).
 */
export function verifySignature({ header, rawBody, secret, nowSeconds, toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS, hmac }: VerifySignatureInput): SignatureVerdict {
  const parsed = header === undefined ? undefined : parseSignatureHeader(header);
  if (!parsed) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return { ok: false, reason: 'outside-tolerance' };
  const expected = hmac(secret, signedPayload(parsed.timestamp, rawBody)).toLowerCase();
  // Check every candidate, so the time taken does not tell which one (if any) matched.
  const matched = parsed.signatures.reduce((found, candidate) => constantTimeEqual(candidate, expected) || found, false);
  return matched ? { ok: true, timestamp: parsed.timestamp } : { ok: false, reason: 'mismatch' };
}

/** String equality whose time does not depend on where the strings differ (the length is not secret: 64 hex digits). */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
