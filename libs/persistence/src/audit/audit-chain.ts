import { createHash } from 'node:crypto';
import { sequenceOf, type DubanEvent } from '@duban/contracts';

/**
 * The audit log's hash chain, as pure functions: how a record is hashed, and how a chain read
 * back from the store is checked. One chain per Kafka topic-partition (`duban.tasks.v1/0`): the
 * audit consumer handles one partition's messages one at a time, in offset order, so appends to a
 * chain are serialised without any lock, and the chain's order is the partition's order.
 *
 * Record `seq` 1 links to {@link GENESIS_HASH}. Each record's `hash` is SHA-256 (hex) over the
 * {@link canonicalJson} of its content fields and its link (`chain`, `seq`, `prevHash`,
 * `prevEventId`). The hash is not keyed: it proves that nobody changed the log *without
 * recomputing the chain from the change onwards*; anchoring the heads elsewhere (or an HMAC key)
 * is what would stop someone who does.
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
}

export type AuditRecord = AuditRecordContent & AuditChainLink & { hash: string };

const CONTENT_FIELDS = ['_id', 'specversion', 'source', 'type', 'subject', 'time', 'datacontenttype', 'sequence', 'data', 'kafka', 'recordedAt'] as const;
const LINK_FIELDS = ['chain', 'seq', 'prevHash', 'prevEventId'] as const;
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

/** SHA-256 (lower-case hex) of a record's content and link; fields outside those two sets are ignored. */
export function hashAuditRecord(content: AuditRecordContent, link: AuditChainLink): string {
  const covered: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) covered[f] = content[f];
  for (const f of LINK_FIELDS) covered[f] = link[f];
  return createHash('sha256').update(canonicalJson(covered), 'utf8').digest('hex');
}

/** A chain's head as stored in `audit_chain_heads`: the last record appended (seq 0: none yet). */
export interface AuditChainHead {
  seq: number;
  hash: string;
  eventId: string | null;
}

export type AuditProblemKind = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'broken-link' | 'head-missing';

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
 */
export class AuditChainVerifier {
  private readonly entries: Entry[] = [];

  constructor(readonly chain: string) {}

  /** Records added so far. */
  get size(): number {
    return this.entries.length;
  }

  add(stored: Record<string, unknown>): void {
    const seq = typeof stored['seq'] === 'number' ? stored['seq'] : Number.NaN;
    const str = (k: string) => (typeof stored[k] === 'string' ? (stored[k] as string) : null);
    const extraFields = Object.keys(stored).filter((k) => !RECORD_FIELDS.has(k));
    const selfOk = extraFields.length === 0 && rehash(stored) === str('hash');
    this.entries.push({ id: str('_id'), seq, hash: str('hash'), prevHash: str('prevHash'), prevEventId: str('prevEventId'), selfOk, extraFields, ...(!selfOk && { record: stored }) });
  }

  finish(head: AuditChainHead | null): { report: AuditChainReport; problems: AuditProblem[] } {
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
      const home = failing.find((q) => q !== r && q.hash !== null && rehash(record, linkOf(q.record as Record<string, unknown>)) === q.hash);
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
      const original = [...candidates].find((seq) => Number.isInteger(seq) && rehash(record, { ...linkOf(record), seq }) === r.hash);
      if (original !== undefined) {
        flag(r, 'reordered', `was appended at seq ${original} and now sits at seq ${r.seq}; its content is intact`);
        continue;
      }
      // Linked: a record or the head still points at this record, by its hash and its event id
      // (event ids are unique in the store, so a forged record cannot borrow a real one's).
      const linkedTo = (successors.get(r.hash ?? '') ?? []).some((s) => s.prevEventId === r.id) || (head !== null && r.hash === head.hash && r.id === head.eventId);
      if (linkedTo) flag(r, 'edited', 'its content no longer matches its hash, which the chain still links to');
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

    // 3. The tail against the head, which catches a deleted tail; then what lies beyond the head.
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

    const all = [...flags.values(), ...problems].sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
    return { report: { chain, records: this.entries.length, head, unconfirmed }, problems: all };
  }
}

function linkOf(record: Record<string, unknown>): AuditChainLink {
  return record as unknown as AuditChainLink;
}

/** The hash a stored record should carry; null when it cannot be hashed at all (a field of the wrong kind). */
function rehash(stored: Record<string, unknown>, link: AuditChainLink = linkOf(stored)): string | null {
  try {
    return hashAuditRecord(stored as unknown as AuditRecordContent, link);
  } catch {
    return null;
  }
}
