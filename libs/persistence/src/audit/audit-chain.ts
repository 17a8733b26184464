import { createHash } from 'node:crypto';
import { sequenceOf, type DubanEvent } from '@duban/contracts';
import { macOf, sameMac, type AuditChainKey, type AuditChainKeyring } from './audit-chain-key';

/**
 * The audit log's hash chain, as pure functions: how a record is hashed, and how a chain read
 * back from the store is checked. One chain per Kafka topic-partition (`duban.tasks.v1/0`): the
 * audit consumer handles one partition's messages one at a time, in offset order, so appends to a
 * chain are serialised without any lock, and the chain's order is the partition's order.
 *
 * Record `seq` 1 links to {@link GENESIS_HASH}. Each record's `hash` is SHA-256 (hex) over the
 * {@link canonicalJson} of its content fields and its link (`chain`, `seq`, `prevHash`,
 * `prevEventId`, and `keyId` when keyed). Since issue 12 the hash is keyed: HMAC-SHA256 under the
 * key named by the record's `keyId` (see `audit-chain-key.ts`), so nobody without the key can
 * rewrite a record and recompute the chain after it. Records without `keyId` (written before the
 * key) carry the plain SHA-256, which only proves that nobody changed the log *without
 * recomputing the chain*; the verifier accepts them only when told to (`acceptUnkeyed`) and never
 * after a keyed record. The head is sealed with the key too, and signed checkpoints kept outside
 * the store (`audit-checkpoint.ts`) catch what no key can: a tail cut off and the head rolled back
 * to an older sealed value.
 */

/** `prevHash` of a chain's first record (seq 1), and the hash of an empty chain's head (seq 0). */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain of a Kafka position: `topic/partition`. */
export function chainOf(position: { topic: string; partition: number }): string {
  return `${position.topic}/${position.partition}`;
}

/** The event as stored: every field the hash covers besides the link. */
export interface AuditRecordContent {
  _id: string;
  specversion: string;
  source: string;
  type: string;
  subject: string;
  time: Date;
  datacontenttype: string;
  /** The CloudEvents `sequence` as its counter (see {@link auditRecordContent}). */
  sequence: number;
  data: Record<string, unknown>;
  kafka: { topic: string; partition: number; offset: string };
  recordedAt: Date;
}

/**
 * The stored (and hashed) content of `event`, read at `kafka`. `sequence` is stored and hashed as
 * the counter, a JSON number: that is what every record held before the envelope's `sequence`
 * became a zero-padded string (issue 10, December 2026), so an event hashes alike in either wire
 * form, chains recorded before the change still verify, and one subject's records sort by it
 * numerically across both eras.
 */
export function auditRecordContent(event: DubanEvent, kafka: { topic: string; partition: number; offset: string }, recordedAt: Date): AuditRecordContent {
  return {
    _id: event.id,
    specversion: event.specversion,
    source: event.source,
    type: event.type,
    subject: event.subject,
    time: new Date(event.time),
    datacontenttype: event.datacontenttype,
    sequence: sequenceOf(event),
    // The hash covers the stored form: plain JSON values, as parsed from the Kafka message.
    data: event.data as unknown as Record<string, unknown>,
    kafka: { topic: kafka.topic, partition: kafka.partition, offset: kafka.offset },
    recordedAt,
  };
}

/** Where a record sits in its chain. `prevEventId` is null for seq 1. */
export interface AuditChainLink {
  chain: string;
  seq: number;
  prevHash: string;
  prevEventId: string | null;
  /** The id of the key whose HMAC `hash` is; absent on records written before the chain was keyed. */
  keyId?: string;
}

export type AuditRecord = AuditRecordContent & AuditChainLink & { hash: string };

const CONTENT_FIELDS = ['_id', 'specversion', 'source', 'type', 'subject', 'time', 'datacontenttype', 'sequence', 'data', 'kafka', 'recordedAt'] as const;
const LINK_FIELDS = ['chain', 'seq', 'prevHash', 'prevEventId', 'keyId'] as const;
/**
 * The record's position in the trail's listing (`GET /audit/events` without a subject): navigation,
 * not content, so outside the hash. Editing one moves a record in that listing only; the chain's
 * own order (`seq`, `prevHash`) is what verification checks.
 */
const NAVIGATION_FIELDS = ['listSeq', 'listBucket'] as const;
/** Every field a record may hold; anything else was added behind the log's back. */
const RECORD_FIELDS: ReadonlySet<string> = new Set<string>([...CONTENT_FIELDS, ...LINK_FIELDS, 'hash', ...NAVIGATION_FIELDS]);

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth and no whitespace; a Date is
 * its ISO-8601 string; an `undefined` object member is left out (as JSON.stringify does).
 * Throws on what JSON cannot carry (NaN, Infinity, bigint, functions), rather than hash a lossy form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

/**
 * The hash of a record's content and link (lower-case hex; fields outside those two sets are
 * ignored): HMAC-SHA256 under `key` when the link names a key id (the canonical JSON then covers
 * `keyId` too), else the plain SHA-256 of records written before the chain was keyed. Throws when
 * the link names a key id and `key` is not that key.
 */
export function hashAuditRecord(content: AuditRecordContent, link: AuditChainLink, key?: AuditChainKey): string {
  const covered: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) covered[f] = content[f];
  for (const f of LINK_FIELDS) covered[f] = link[f];
  const message = canonicalJson(covered);
  if (link.keyId === undefined) return createHash('sha256').update(message, 'utf8').digest('hex');
  if (key?.id !== link.keyId) throw new UnknownAuditKey(link.keyId);
  return macOf(key, message);
}

/** A record or head names a key id that is neither the current nor a retired key here. */
export class UnknownAuditKey extends Error {
  constructor(readonly keyId: string) {
    super(`audit chain key ${keyId} is not configured`);
    this.name = 'UnknownAuditKey';
  }
}

/** A chain's head as stored in `audit_chain_heads`: the last record appended (seq 0: none yet). */
export interface AuditChainHead {
  seq: number;
  hash: string;
  eventId: string | null;
  /** The seal: HMAC of chain, seq, hash and event id under the key `keyId` (absent on heads written before the key). */
  keyId?: string;
  mac?: string;
}

/** What a head's seal covers, as signed (ours): the label keeps a head's MAC from passing as a checkpoint's. */
function headMessage(chain: string, head: Pick<AuditChainHead, 'seq' | 'hash' | 'eventId'>): string {
  return canonicalJson({ kind: 'duban.audit.head.v1', chain, seq: head.seq, hash: head.hash, eventId: head.eventId });
}

/** The seal of a head under `key`: stored beside it, so that moving the head needs the key. */
export function sealHead(key: AuditChainKey, chain: string, head: Pick<AuditChainHead, 'seq' | 'hash' | 'eventId'>): { keyId: string; mac: string } {
  return { keyId: key.id, mac: macOf(key, headMessage(chain, head)) };
}

/**
 * A signed statement, kept outside the store, that a chain had reached `seq` with `hash` at
 * `time` (ISO-8601): what makes a truncated tail or a rolled-back store visible. See `audit-checkpoint.ts`.
 */
export interface AuditCheckpoint {
  chain: string;
  seq: number;
  hash: string;
  eventId: string | null;
  time: string;
  keyId: string;
  mac: string;
}

function checkpointMessage(c: Omit<AuditCheckpoint, 'keyId' | 'mac'>): string {
  return canonicalJson({ kind: 'duban.audit.checkpoint.v1', chain: c.chain, seq: c.seq, hash: c.hash, eventId: c.eventId, time: c.time });
}

/** Signs a checkpoint with `key`. */
export function signCheckpoint(key: AuditChainKey, c: Omit<AuditCheckpoint, 'keyId' | 'mac'>): AuditCheckpoint {
  return { chain: c.chain, seq: c.seq, hash: c.hash, eventId: c.eventId, time: c.time, keyId: key.id, mac: macOf(key, checkpointMessage(c)) };
}

/** True when the checkpoint's MAC verifies under the key it names (one of the keyring's). */
export function checkpointVerifies(keyring: AuditChainKeyring, c: AuditCheckpoint): boolean {
  const key = keyring.key(c.keyId);
  return key !== undefined && sameMac(macOf(key, checkpointMessage(c)), c.mac);
}

export type AuditProblemKind =
  | 'edited'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'broken-link'
  | 'head-missing'
  | 'unkeyed'
  | 'unknown-key'
  | 'head-forged'
  | 'truncated'
  | 'checkpoint-mismatch'
  | 'checkpoint-forged';

/** One finding of a verification, naming the record (its seq and event id where they are known). */
export interface AuditProblem {
  chain: string;
  seq: number | null;
  eventId: string | null;
  problem: AuditProblemKind;
  detail: string;
}

export interface AuditChainReport {
  chain: string;
  /** Records of this chain in the store. */
  records: number;
  head: AuditChainHead | null;
  /**
   * Records beyond the head that link correctly to it: appended by a consumer that stopped before
   * it moved the head. Not a problem; the next append moves the head past them.
   */
  unconfirmed: number;
  /** Intact records whose hash is an HMAC under a configured key. */
  keyed: number;
  /**
   * Intact records with the plain SHA-256 of before the key, accepted (`AUDIT_CHAIN_ACCEPT_UNKEYED`)
   * because they precede the chain's first keyed record: tamper-evident only against someone who
   * does not recompute the chain, unless a checkpoint covers them. Refused ones are problems.
   */
  unkeyed: number;
  /** The latest valid checkpoint of this chain kept outside the store, or null when there is none. */
  checkpoint: { seq: number; hash: string; time: string } | null;
}

/** Missing seqs listed one problem each up to this many; a longer run is one problem. */
const MAX_LISTED_GAP = 50;

interface Entry {
  id: string | null;
  seq: number;
  hash: string | null;
  prevHash: string | null;
  prevEventId: string | null;
  /** The stored record, kept only when it fails its own hash (to find where its content belongs). */
  record?: Record<string, unknown>;
  selfOk: boolean;
  extraFields: string[];
  /** The key id the record names, null for a record without one. */
  keyId: string | null;
  /** It names a key id this verifier does not hold, so its hash cannot be checked. */
  unknownKey: boolean;
}

/**
 * Checks one chain read from the store, in any order. Memory is a few fields per record, plus the
 * whole record only for those whose content no longer matches their hash.
 *
 * Classification:
 * - `edited`: the record's content (or its stored hash) is not what was appended; the chain still
 *   passes through it.
 * - `reordered`: the record's content is intact but sits at another seq than the one it was
 *   appended at (seq values exchanged, or contents exchanged between two records); both records
 *   of a swap are named.
 * - `inserted`: a record no other record or head links to, or whose seq cannot be in the chain.
 * - `deleted`: a seq missing between records, or between the last record and the head.
 * - `broken-link`: two intact records that do not link, with no other explanation.
 * - `head-missing`: records but no head (the head was deleted; it is written before any record).
 * - `unkeyed`: an intact record with the plain SHA-256 of before the key, where keyed records are
 *   required (the keyring does not accept unkeyed ones, or it follows a keyed record).
 * - `unknown-key`: a record or head names a key id the keyring does not hold (cannot be checked).
 * - `head-forged`: the head's seal is missing (where required) or does not match the head.
 * - `truncated`: a checkpoint kept outside the store confirmed a seq the chain no longer reaches.
 * - `checkpoint-mismatch`: the record at a checkpoint's seq has another hash than the checkpoint.
 *
 * Without a keyring (tests of the plain chain, tools that only read) keyed records cannot be
 * checked (`unknown-key`), unkeyed ones are accepted and heads' seals are not checked.
 */
export class AuditChainVerifier {
  private readonly entries: Entry[] = [];

  constructor(
    readonly chain: string,
    private readonly keyring?: AuditChainKeyring,
  ) {}

  /** Records added so far. */
  get size(): number {
    return this.entries.length;
  }

  add(stored: Record<string, unknown>): void {
    const seq = typeof stored['seq'] === 'number' ? stored['seq'] : Number.NaN;
    const str = (k: string) => (typeof stored[k] === 'string' ? (stored[k] as string) : null);
    const extraFields = Object.keys(stored).filter((k) => !RECORD_FIELDS.has(k));
    const keyId = str('keyId');
    const unknownKey = keyId !== null && this.keyring?.key(keyId) === undefined;
    const selfOk = extraFields.length === 0 && !unknownKey && rehash(this.keyring, stored) === str('hash');
    this.entries.push({ id: str('_id'), seq, hash: str('hash'), prevHash: str('prevHash'), prevEventId: str('prevEventId'), selfOk, extraFields, keyId, unknownKey, ...(!selfOk && { record: stored }) });
  }

  /**
   * The report and the problems of the chain, given its head as stored and the latest checkpoint
   * of it kept outside the store (already checked against the keyring: see `checkpointVerifies`).
   */
  finish(head: AuditChainHead | null, checkpoint: AuditCheckpoint | null = null): { report: AuditChainReport; problems: AuditProblem[] } {
    const keyring = this.keyring;
    const chain = this.chain;
    const flags = new Map<Entry, AuditProblem>();
    const flag = (e: Entry, problem: AuditProblemKind, detail: string) => {
      if (!flags.has(e)) flags.set(e, { chain, seq: Number.isNaN(e.seq) ? null : e.seq, eventId: e.id, problem, detail });
    };
    const successors = new Map<string, Entry[]>();
    for (const e of this.entries) if (e.prevHash !== null) successors.set(e.prevHash, [...(successors.get(e.prevHash) ?? []), e]);
    const byHash = new Map<string, Entry>();
    for (const e of this.entries) if (e.hash !== null && e.selfOk) byHash.set(e.hash, e);

    // 1. Records whose content no longer matches their own hash: where does the content belong?
    const failing = this.entries.filter((e) => !e.selfOk);
    for (const r of failing) {
      const record = r.record as Record<string, unknown>;
      if (r.extraFields.length > 0) {
        flag(r, 'edited', `holds fields the audit log never writes: ${r.extraFields.join(', ')}`);
        continue;
      }
      if (r.unknownKey) {
        flag(r, 'unknown-key', `names audit key ${r.keyId ?? ''}, which is neither the current nor a retired key here: its hash cannot be checked`);
        continue;
      }
      const home = failing.find((q) => q !== r && q.hash !== null && rehash(keyring, record, linkOf(q.record as Record<string, unknown>)) === q.hash);
      if (home) {
        flag(r, 'reordered', `holds the event appended at seq ${home.seq} (${String(record['_id'])}); the two records' contents were exchanged`);
        continue;
      }
      const candidates = new Set<number>(failing.filter((q) => q !== r).map((q) => q.seq));
      for (const s of successors.get(r.hash ?? '') ?? []) candidates.add(s.seq - 1);
      const pred = byHash.get(r.prevHash ?? '');
      if (pred) candidates.add(pred.seq + 1);
      if (head && head.hash === r.hash) candidates.add(head.seq);
      candidates.delete(r.seq);
      const original = [...candidates].find((seq) => Number.isInteger(seq) && rehash(keyring, record, { ...linkOf(record), seq }) === r.hash);
      if (original !== undefined) {
        flag(r, 'reordered', `was appended at seq ${original} and now sits at seq ${r.seq}; its content is intact`);
        continue;
      }
      // Linked: a record or the head still points at this record, by its hash and its event id
      // (event ids are unique in the store, so a forged record cannot borrow a real one's).
      const linkedTo = (successors.get(r.hash ?? '') ?? []).some((s) => s.prevEventId === r.id) || (head !== null && r.hash === head.hash && r.id === head.eventId);
      // Named by the next record or the head, at its own seq, but under another hash: rewritten and
      // re-hashed by someone without the chain key (a keyed chain's hash cannot be recomputed).
      const namedBy = this.entries.some((s) => s.prevEventId === r.id && s.seq === r.seq + 1) || (head !== null && r.id === head.eventId && head.seq === r.seq);
      if (linkedTo) flag(r, 'edited', 'its content no longer matches its hash, which the chain still links to');
      else if (namedBy && r.id !== null) flag(r, 'edited', 'rewritten and re-hashed without the chain key: its hash is neither what its content gives under the key nor what the chain links to');
      else flag(r, 'inserted', 'its hash does not match its content and no record or head links to it');
    }

    // 2. The chain's structure up to its head, in seq order: gaps are deletions, links must hold.
    for (const e of this.entries) if (!Number.isFinite(e.seq)) flag(e, 'edited', 'its seq is not a number');
    const live = this.entries.filter((e) => Number.isFinite(e.seq) && flags.get(e)?.problem !== 'inserted').sort((a, b) => a.seq - b.seq);
    // Without a head, the last intact record is the end; a flagged record far beyond it (a seq
    // moved out of range) must not make every seq up to it look deleted.
    const end = head?.seq ?? live.reduce((max, e) => (!flags.has(e) && e.seq > max ? e.seq : max), 0);
    const problems: AuditProblem[] = [];
    const deleted = (from: number, to: number, lastId: string | null, why: string) => {
      if (to - from + 1 > MAX_LISTED_GAP) {
        problems.push({ chain, seq: from, eventId: null, problem: 'deleted', detail: `seqs ${from}–${to} are missing (${to - from + 1} records) ${why}` });
        return;
      }
      for (let seq = from; seq <= to; seq++) {
        problems.push({ chain, seq, eventId: seq === to ? lastId : null, problem: 'deleted', detail: `seq ${seq} is missing ${why}` });
      }
    };
    let prev: { seq: number; hash: string; id: string | null; entry?: Entry } = { seq: 0, hash: GENESIS_HASH, id: null };
    for (const r of live.filter((e) => e.seq <= end)) {
      if (!Number.isInteger(r.seq) || r.seq <= prev.seq) {
        flag(r, 'inserted', `seq ${r.seq} cannot follow seq ${prev.seq} in a chain`);
        continue;
      }
      if (r.seq > prev.seq + 1) {
        deleted(prev.seq + 1, r.seq - 1, flags.has(r) ? null : r.prevEventId, `between seq ${prev.seq} and seq ${r.seq}`);
      } else if (!flags.has(r) && !(prev.entry && flags.has(prev.entry)) && r.prevHash !== prev.hash) {
        if (prev.entry && r.prevEventId === prev.id) flag(prev.entry, 'edited', `rewritten and re-hashed: seq ${r.seq} was chained to a different hash of this event`);
        else flag(r, 'broken-link', `links to ${r.prevEventId ?? 'the genesis'} (${r.prevHash ?? 'no hash'}), not to seq ${prev.seq} (${prev.id ?? 'genesis'})`);
      }
      prev = { seq: r.seq, hash: r.hash ?? '', id: r.id, entry: r };
    }

    // 3. Keys: an intact record with a plain hash is accepted only before the chain's first keyed
    // record, and only when the keyring accepts unkeyed records at all (a store from before the key).
    const acceptUnkeyed = keyring === undefined || keyring.acceptUnkeyed;
    let keyed = 0;
    let keyedUpToHead = 0;
    let unkeyed = 0;
    let firstKeyed: number | null = null;
    for (const e of live) {
      if (flags.has(e) || !e.selfOk) continue;
      if (e.keyId !== null) {
        keyed++;
        if (e.seq <= end) keyedUpToHead++;
        firstKeyed ??= e.seq;
      } else if (!acceptUnkeyed) {
        flag(e, 'unkeyed', 'carries a plain SHA-256, not an HMAC under the chain key: written without the key, or rewritten by someone who lacks it');
      } else if (firstKeyed !== null) {
        flag(e, 'unkeyed', `carries a plain SHA-256 after the chain's first keyed record (seq ${firstKeyed}); the writer never drops the key, so it was rewritten without it`);
      } else {
        unkeyed++;
      }
    }
    if (head !== null && keyring !== undefined) {
      const at = { chain, seq: Number.isNaN(head.seq) ? null : head.seq, eventId: head.eventId };
      if (head.keyId === undefined || head.mac === undefined) {
        if (!acceptUnkeyed || keyedUpToHead > 0) problems.push({ ...at, problem: 'head-forged', detail: 'the chain head carries no seal (an HMAC under the chain key): it was written or moved without the key' });
      } else {
        const key = keyring.key(head.keyId);
        if (key === undefined) problems.push({ ...at, problem: 'unknown-key', detail: `the chain head is sealed with audit key ${head.keyId}, which is neither the current nor a retired key here` });
        else if (!sameMac(sealHead(key, chain, head).mac, head.mac)) {
          problems.push({ ...at, problem: 'head-forged', detail: `the chain head's seal does not match its seq ${head.seq}, hash and event id: it was moved without the key` });
        }
      }
    }

    // 4. The tail against the head, which catches a deleted tail; then what lies beyond the head.
    let unconfirmed = 0;
    if (head === null) {
      if (live.length > 0) problems.push({ chain, seq: null, eventId: null, problem: 'head-missing', detail: 'the chain has records but no head: the head record was deleted' });
    } else {
      if (prev.seq < head.seq) {
        deleted(prev.seq + 1, head.seq, head.eventId, `after seq ${prev.seq}: the head is at seq ${head.seq}`);
      } else if (prev.entry && prev.hash !== head.hash && !flags.has(prev.entry)) {
        flag(prev.entry, 'edited', `rewritten and re-hashed: the chain head recorded a different hash for seq ${head.seq}`);
      }
      // Beyond the head only records appended by a consumer that died before moving the head are
      // legitimate, and they continue the chain from the head itself.
      let tip: { seq: number; hash: string } | null = { seq: head.seq, hash: head.hash };
      for (const r of live.filter((e) => e.seq > end)) {
        if (tip && !flags.has(r) && r.seq === tip.seq + 1 && r.prevHash === tip.hash) {
          unconfirmed++;
          tip = { seq: r.seq, hash: r.hash ?? '' };
        } else {
          tip = null;
          flag(r, 'inserted', `lies beyond the chain head (seq ${head.seq}) and does not continue the chain from it`);
        }
      }
    }

    // 5. The checkpoint kept outside the store: the chain must still reach its seq, with its hash.
    // Only a checkpoint catches a tail cut off with the head moved back to an older sealed value
    // (a restored backup, or a head saved before): the store then holds nothing that contradicts it.
    if (checkpoint !== null) {
      const there = this.entries.find((e) => e.seq === checkpoint.seq);
      if (there === undefined) {
        if (head === null || checkpoint.seq > head.seq) {
          const last = live.reduce((max, e) => Math.max(max, e.seq), 0);
          problems.push({
            chain,
            seq: checkpoint.seq,
            eventId: checkpoint.eventId,
            problem: 'truncated',
            detail: `the checkpoint of ${checkpoint.time} confirmed seq ${checkpoint.seq}; the chain now ends at seq ${last} with its head at seq ${head?.seq ?? 'none'}: its tail was cut off`,
          });
        }
      } else if (!flags.has(there) && there.hash !== checkpoint.hash) {
        flag(there, 'checkpoint-mismatch', `the checkpoint of ${checkpoint.time} recorded another hash for seq ${checkpoint.seq}: the chain was rewritten up to here`);
      }
    }

    const all = [...flags.values(), ...problems].sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
    const reportedHead = head === null ? null : { seq: head.seq, hash: head.hash, eventId: head.eventId };
    const anchored = checkpoint === null ? null : { seq: checkpoint.seq, hash: checkpoint.hash, time: checkpoint.time };
    return { report: { chain, records: this.entries.length, head: reportedHead, unconfirmed, keyed, unkeyed, checkpoint: anchored }, problems: all };
  }
}

function linkOf(record: Record<string, unknown>): AuditChainLink {
  return record as unknown as AuditChainLink;
}

/**
 * The hash a stored record should carry; null when it cannot be hashed at all (a field of the
 * wrong kind, or a key id the keyring does not hold).
 */
function rehash(keyring: AuditChainKeyring | undefined, stored: Record<string, unknown>, link: AuditChainLink = linkOf(stored)): string | null {
  try {
    const key = typeof link.keyId === 'string' ? keyring?.key(link.keyId) : undefined;
    return hashAuditRecord(stored as unknown as AuditRecordContent, link, key);
  } catch {
    return null;
  }
}
