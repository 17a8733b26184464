import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The audit chain's HMAC keys (issue 12; the control is ours, the seed plan says nothing of it).
 *
 * Threat: someone who can write the store (a DBA, a leaked `MONGODB_URI`, a restored backup) but
 * not the apps' secrets rewrites audit records and recomputes every hash after them, and the head,
 * so that the plain SHA-256 chain verifies again. With a key held outside the store, a record's
 * hash is HMAC-SHA256 under that key: nobody without the key can produce one that verifies.
 *
 * Keys are strings of at least 32 characters. Each record and head names its key by a key id
 * derived from the key itself (so the id cannot be chosen to collide with another key's), which
 * lets an operator rotate: the new key signs, retired keys still verify what they signed.
 */
export interface AuditChainKey {
  /** 16 lower-case hex characters: HMAC-SHA256(key, {@link KEY_ID_LABEL}), truncated. */
  id: string;
  secret: Buffer;
}

const KEY_ID_LABEL = 'duban.audit.chain.key-id.v1';
const MIN_KEY_LENGTH = 32;

/** The key id of a key: a fingerprint that says which key signed, without revealing it. */
export function auditChainKeyId(secret: string | Buffer): string {
  return createHmac('sha256', secret).update(KEY_ID_LABEL, 'utf8').digest('hex').slice(0, 16);
}

export function auditChainKey(secret: string): AuditChainKey {
  if (secret.length < MIN_KEY_LENGTH) throw new Error(`an audit chain key must be at least ${MIN_KEY_LENGTH} characters`);
  const buffer = Buffer.from(secret, 'utf8');
  return { id: auditChainKeyId(buffer), secret: buffer };
}

/** HMAC-SHA256 (lower-case hex) of `message` under `key`. */
export function macOf(key: AuditChainKey, message: string): string {
  return createHmac('sha256', key.secret).update(message, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex MACs (a stored value may be anything). */
export function sameMac(a: string, b: unknown): boolean {
  if (typeof b !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * The current key (which signs new records, heads and checkpoints) and the retired keys (which
 * only verify). `acceptUnkeyed` says whether records and heads written before any key are still
 * accepted as such (see `AUDIT_CHAIN_ACCEPT_UNKEYED`).
 */
export class AuditChainKeyring {
  private readonly byId: ReadonlyMap<string, AuditChainKey>;

  constructor(
    readonly current: AuditChainKey,
    retired: readonly AuditChainKey[] = [],
    readonly acceptUnkeyed = false,
  ) {
    this.byId = new Map([...retired, current].map((k) => [k.id, k]));
  }

  /** The key with this id, or undefined when it is neither current nor retired here. */
  key(id: string): AuditChainKey | undefined {
    return this.byId.get(id);
  }
}

/**
 * The environment variables of the audit chain's key, shared by the API (verifies) and the
 * consumers (sign). Exactly one of `AUDIT_CHAIN_KEY` and `AUDIT_CHAIN_KEY_FILE` must be set: there
 * is no default key, so an app without one refuses to start (the local stack and the test harness
 * generate one into their data dir, outside the database).
 */
export const auditChainKeyShape = {
  /** The current key itself (≥ 32 characters). */
  AUDIT_CHAIN_KEY: z.string().min(MIN_KEY_LENGTH, `must be at least ${MIN_KEY_LENGTH} characters`).optional(),
  /**
   * A file of keys, one a line: the first is the current key, later lines are retired keys that
   * still verify what they signed (blank lines and lines starting with `#` are skipped). Rotate by
   * adding the new key as the first line.
   */
  AUDIT_CHAIN_KEY_FILE: z.string().min(1).optional(),
  /**
   * `true` only for a store with records written before the key existed: such records (and heads
   * with no seal) are then reported as unkeyed, up to a chain's first keyed record, instead of as
   * problems. Default `false`: every record must be keyed, so a store rewritten with plain hashes
   * (the key's absence faked) is found.
   */
  AUDIT_CHAIN_ACCEPT_UNKEYED: z
    .enum(['true', 'false'], { errorMap: () => ({ message: 'must be true or false' }) })
    .default('false')
    .transform((v) => v === 'true'),
};

export interface AuditChainKeyConfig {
  AUDIT_CHAIN_KEY?: string | undefined;
  AUDIT_CHAIN_KEY_FILE?: string | undefined;
  AUDIT_CHAIN_ACCEPT_UNKEYED: boolean;
}

/**
 * The keyring the configuration names, read once at boot. Returns problems (variable and rule, as
 * `ConfigError` takes them) instead of throwing, so an app can report them with its other ones.
 */
export function loadAuditChainKeyring(config: AuditChainKeyConfig): { keyring?: AuditChainKeyring; problems: { variable: string; rule: string }[] } {
  const { AUDIT_CHAIN_KEY: inline, AUDIT_CHAIN_KEY_FILE: file } = config;
  if (inline !== undefined && file !== undefined) return { problems: [{ variable: 'AUDIT_CHAIN_KEY_FILE', rule: 'set either AUDIT_CHAIN_KEY or AUDIT_CHAIN_KEY_FILE, not both' }] };
  if (inline !== undefined) return { keyring: new AuditChainKeyring(auditChainKey(inline), [], config.AUDIT_CHAIN_ACCEPT_UNKEYED), problems: [] };
  if (file === undefined) {
    return { problems: [{ variable: 'AUDIT_CHAIN_KEY', rule: 'is required (or AUDIT_CHAIN_KEY_FILE): the audit chain is keyed with a secret held outside the store' }] };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ variable: 'AUDIT_CHAIN_KEY_FILE', rule: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const short = lines.findIndex((l) => l.length < MIN_KEY_LENGTH);
  if (lines.length === 0) return { problems: [{ variable: 'AUDIT_CHAIN_KEY_FILE', rule: 'holds no key' }] };
  if (short >= 0) return { problems: [{ variable: 'AUDIT_CHAIN_KEY_FILE', rule: `key ${short + 1} is shorter than ${MIN_KEY_LENGTH} characters` }] };
  const [current, ...retired] = lines.map(auditChainKey);
  return { keyring: new AuditChainKeyring(current as AuditChainKey, retired, config.AUDIT_CHAIN_ACCEPT_UNKEYED), problems: [] };
}

/** The Nest token of the app's {@link AuditChainKeyring} (provided globally by {@link AuditChainKeyModule}). */
export const AUDIT_CHAIN_KEYRING = Symbol('AUDIT_CHAIN_KEYRING');
