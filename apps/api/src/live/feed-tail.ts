import type { LiveMessage, Role } from '@duban/contracts';

/** A feed entry as the tail reads it (the fields `live_events` keeps). */
export interface FeedEntry {
  seq: number;
  kind: LiveMessage['kind'];
  type: string;
  subject: string;
  unit: string;
  units: string[];
  overseers: boolean;
  taskId?: string;
  enterpriseId?: string;
  level?: string;
  recordedAt: Date;
}

/** Where the tail reads the feed: its high-water mark and one bucket of positions at a time. */
export interface FeedSource {
  highWaterMark(): Promise<number>;
  bucket(bucket: number): Promise<FeedEntry[]>;
}

/** How the feed is laid out (the store's list positions; see `list-sequence.ts`). */
export interface FeedLayout {
  bucketSize: number;
  /** How far the high-water mark may lag the last position claimed. */
  slack: number;
}

/** Who is watching: the verified caller's unit and roles. */
export interface Viewer {
  unit: string;
  roles: readonly Role[];
}

/**
 * Whether `viewer` may see `entry`, by the reads' rules: the units it names (a task's lead and
 * co-units, a notification's recipients), and for entries open to overseers every supervisor,
 * performance officer and admin. Notifications are for their recipient units only (the bell is per unit).
 */
export function maySee(viewer: Viewer, entry: Pick<FeedEntry, 'units' | 'overseers'>): boolean {
  if (entry.units.includes(viewer.unit)) return true;
  return entry.overseers && viewer.roles.some((r) => r !== 'official');
}

/** An entry as the `data:` of its message. */
export function messageOf(entry: FeedEntry): LiveMessage {
  return {
    seq: entry.seq,
    kind: entry.kind,
    type: entry.type,
    subject: entry.subject,
    unit: entry.unit,
    ...(entry.taskId !== undefined && { taskId: entry.taskId }),
    ...(entry.enterpriseId !== undefined && { enterpriseId: entry.enterpriseId }),
    ...(entry.level !== undefined && { level: entry.level as NonNullable<LiveMessage['level']> }),
    at: entry.recordedAt.toISOString(),
  };
}

/** Buckets one poll reads at most: a bounded batch (4 × 32 positions) however far behind the tail is. */
const MAX_BUCKETS_PER_READ = 4;

/**
 * The one reader of the feed per API process: each {@link poll} returns the entries after the
 * last one it returned, in position order. Positions are claimed before their entries are written,
 * so a later position can be visible before an earlier one: the tail waits for a missing position
 * up to `gapWaitMs` (counted from when it first saw an entry beyond it), then passes over it, so a
 * position claimed and never written (a crash, a lost race) delays the feed once, not forever.
 */
export class FeedTail {
  /** The last position returned (or passed over); undefined until {@link start}. */
  private cursor: number | undefined;
  private gapSince: number | undefined;

  constructor(
    private readonly source: FeedSource,
    private readonly layout: FeedLayout,
    private readonly gapWaitMs: number,
  ) {}

  /** The position the tail has reached, undefined before {@link start}. */
  get position(): number | undefined {
    return this.cursor;
  }

  /** Starts at the feed's end: the last entry written at or just past the high-water mark. */
  async start(): Promise<number> {
    const mark = await this.source.highWaterMark();
    const bucketOf = (seq: number) => Math.floor(seq / this.layout.bucketSize);
    let last = mark;
    for (let b = bucketOf(mark); b <= bucketOf(mark + this.layout.slack); b++) {
      for (const entry of await this.source.bucket(b)) last = Math.max(last, entry.seq);
    }
    this.cursor = last;
    this.gapSince = undefined;
    return last;
  }

  /** Forgets the position (no stream is open: the next one starts at the feed's end). */
  stop(): void {
    this.cursor = undefined;
    this.gapSince = undefined;
  }

  /** The entries after the last returned, up to MAX_BUCKETS_PER_READ buckets; `now` in ms. */
  async poll(now: number): Promise<FeedEntry[]> {
    if (this.cursor === undefined) throw new Error('the feed tail is not started');
    const entries = await this.read(this.cursor, (await this.source.highWaterMark()) + this.layout.slack);
    const out: FeedEntry[] = [];
    for (const entry of entries) {
      if (entry.seq !== this.cursor + 1) {
        this.gapSince ??= now;
        if (now - this.gapSince < this.gapWaitMs) break;
      }
      out.push(entry);
      this.cursor = entry.seq;
      this.gapSince = undefined;
    }
    return out;
  }

  /**
   * The entries after position `after` up to `upTo`, in order, for a stream resuming from
   * Last-Event-ID; at most the buckets that span them (the caller bounds `upTo - after`).
   */
  async replay(after: number, upTo: number): Promise<FeedEntry[]> {
    return (await this.read(after, upTo, Number.POSITIVE_INFINITY)).filter((e) => e.seq <= upTo);
  }

  private async read(after: number, upTo: number, maxBuckets = MAX_BUCKETS_PER_READ): Promise<FeedEntry[]> {
    const bucketOf = (seq: number) => Math.floor(seq / this.layout.bucketSize);
    const entries: FeedEntry[] = [];
    const last = Math.min(bucketOf(upTo), bucketOf(after + 1) + maxBuckets - 1);
    for (let b = bucketOf(after + 1); b <= last; b++) entries.push(...(await this.source.bucket(b)).filter((e) => e.seq > after));
    return entries.sort((a, b) => a.seq - b.seq);
  }
}
