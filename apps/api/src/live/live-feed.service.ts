import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { ErrorCode, type LiveMessage } from '@duban/contracts';
import { HIGH_WATER_SLACK, LIST_BUCKET_SIZE, LiveEventRepository } from '@duban/persistence';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError } from '../common/api-error';
import { FeedTail, maySee, messageOf, type FeedEntry, type Viewer } from './feed-tail';

/** One open stream. */
interface Stream {
  viewer: Viewer;
  key: string;
  out: PassThrough;
  /** The last position written to it: nothing at or before it is written again (exactly once). */
  lastSeq: number;
  /** Live entries that arrived while its replay was being read, written after it. */
  pending?: FeedEntry[];
  heartbeat: NodeJS.Timeout;
}

/** `retry:` of every stream: the client reconnects 3 s after losing it. */
const RETRY_MS = 3000;

/**
 * `GET /live`'s hub: one {@link FeedTail} per API process, polled every LIVE_POLL_MS while at
 * least one stream is open (none: no queries at all), fanned out to every open stream whose
 * caller may see each entry. Streams end cleanly at shutdown and on client disconnect (their
 * heartbeat timer cleared, their listener removed). Ours.
 */
@Injectable()
export class LiveFeedService implements OnModuleDestroy {
  private readonly logger = new Logger(LiveFeedService.name);
  private readonly streams = new Set<Stream>();
  private readonly perCaller = new Map<string, number>();
  private readonly tail: FeedTail;
  private timer: NodeJS.Timeout | undefined;
  /** The tail's start or poll in flight: they never overlap. */
  private busy: Promise<unknown> = Promise.resolve();
  private closed = false;
  /**
   * Set when the last stream closes: the tail's position then stops moving (nobody polls), so the
   * next stream restarts it at the feed's end rather than at that stale position, and a resuming
   * client's replay reaches everything written while nobody listened, before its `ready`.
   */
  private idle = true;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    feed: LiveEventRepository,
  ) {
    this.tail = new FeedTail(feed, { bucketSize: LIST_BUCKET_SIZE, slack: HIGH_WATER_SLACK }, config.LIVE_GAP_WAIT_MS);
  }

  /** LIVE_MAX_STREAMS_PER_CALLER. */
  get maxStreamsPerCaller(): number {
    return this.config.LIVE_MAX_STREAMS_PER_CALLER;
  }

  /** Open streams (tests and the shutdown log). */
  get openStreams(): number {
    return this.streams.size;
  }

  /**
   * Opens a stream for `viewer` (per-caller `key`), resuming after `lastEventId` when given.
   * Refuses a caller already holding LIVE_MAX_STREAMS_PER_CALLER streams (429). The stream is
   * registered before its replay is read, so nothing written meanwhile is missed or doubled.
   */
  async open(viewer: Viewer, key: string, lastEventId: string | undefined): Promise<PassThrough> {
    if (this.closed) throw new ApiError(ErrorCode.DependencyUnavailable, 'the API is shutting down');
    const max = this.config.LIVE_MAX_STREAMS_PER_CALLER;
    const held = this.perCaller.get(key) ?? 0;
    if (held >= max) throw new ApiError(ErrorCode.RateLimited, `too many open live streams for this caller: the limit is ${max} at once; close one or retry later`);
    this.perCaller.set(key, held + 1);
    const out = new PassThrough();
    const stream: Stream = { viewer, key, out, lastSeq: 0, pending: [], heartbeat: setInterval(() => out.write(': keep-alive\n\n'), this.config.LIVE_HEARTBEAT_MS) };
    stream.heartbeat.unref();
    this.streams.add(stream);
    // However the stream ends (client gone, shutdown, an error), it is released exactly once.
    out.once('close', () => this.release(stream));
    try {
      const start = await this.ensureStarted();
      stream.lastSeq = start;
      out.write(`retry: ${RETRY_MS}\n\n`);
      const resumeFrom = lastEventId === undefined ? undefined : parseLastEventId(lastEventId);
      if (lastEventId !== undefined) {
        const replay = resumeFrom === undefined ? undefined : await this.replay(resumeFrom, start);
        if (replay === undefined) {
          write(out, 'reset', undefined, { reason: `cannot resume after Last-Event-ID ${JSON.stringify(lastEventId.slice(0, 40))}: unknown or more than ${this.config.LIVE_REPLAY_LIMIT} positions back; refetch` });
        } else {
          for (const entry of replay) if (maySee(viewer, entry)) write(out, entry.kind, entry.seq, messageOf(entry));
          stream.lastSeq = Math.max(start, resumeFrom ?? 0);
        }
      }
      write(out, 'ready', stream.lastSeq, { seq: stream.lastSeq });
      const pending = stream.pending ?? [];
      delete stream.pending;
      this.deliver(stream, pending);
    } catch (e) {
      out.destroy();
      throw e;
    }
    return out;
  }

  /** The entries after `after` up to `upTo` (the tail's position), or undefined when unknown or too far back. */
  private async replay(after: number, upTo: number): Promise<FeedEntry[] | undefined> {
    if (after > upTo + HIGH_WATER_SLACK) return undefined;
    if (upTo - after > this.config.LIVE_REPLAY_LIMIT) return undefined;
    if (after >= upTo) return [];
    return this.tail.replay(after, upTo);
  }

  private ensureStarted(): Promise<number> {
    const started = this.tail.position;
    if (started !== undefined && !this.idle) return Promise.resolve(started);
    // After a poll in flight (the tail is read by one caller at a time).
    const run = this.busy.then(async () => {
      if (this.idle || this.tail.position === undefined) {
        this.idle = false;
        return this.tail.start();
      }
      return this.tail.position;
    });
    this.busy = run.catch(() => undefined);
    return run.then((position) => {
      this.schedule();
      return position;
    });
  }

  private schedule(): void {
    if (this.timer !== undefined || this.closed || this.streams.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const run = this.busy.then(() => this.pollOnce());
      this.busy = run.catch(() => undefined);
      void run.finally(() => this.schedule());
    }, this.config.LIVE_POLL_MS);
    this.timer.unref();
  }

  private async pollOnce(): Promise<void> {
    if (this.streams.size === 0) {
      // Nobody is listening: stop reading; the next stream starts at the feed's end again.
      this.tail.stop();
      return;
    }
    let entries: FeedEntry[];
    try {
      entries = await this.tail.poll(Date.now());
    } catch (e) {
      // The store slow or down: streams stay open, the next poll tries again (no message is lost:
      // the tail's position only moves past what it returned).
      this.logger.warn(`live feed poll failed: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (entries.length === 0) return;
    for (const stream of this.streams) {
      if (stream.pending) stream.pending.push(...entries);
      else this.deliver(stream, entries);
    }
  }

  private deliver(stream: Stream, entries: readonly FeedEntry[]): void {
    for (const entry of entries) {
      if (entry.seq <= stream.lastSeq) continue;
      stream.lastSeq = entry.seq;
      if (maySee(stream.viewer, entry)) write(stream.out, entry.kind, entry.seq, messageOf(entry));
    }
  }

  private release(stream: Stream): void {
    if (!this.streams.delete(stream)) return;
    clearInterval(stream.heartbeat);
    const held = (this.perCaller.get(stream.key) ?? 1) - 1;
    if (held > 0) this.perCaller.set(stream.key, held);
    else this.perCaller.delete(stream.key);
    if (this.streams.size === 0) this.idle = true;
  }

  /** Ends every stream (the HTTP server then closes their connections) and stops polling. */
  onModuleDestroy(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const open = [...this.streams];
    for (const stream of open) stream.out.end();
    if (open.length > 0) this.logger.log(`closed ${open.length} live stream(s) at shutdown`);
  }
}

/** A Last-Event-ID this API wrote: a whole feed position. */
function parseLastEventId(value: string): number | undefined {
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** One SSE message; `data` is JSON on one line (JSON.stringify never emits a raw newline). */
function write(out: PassThrough, event: string, id: number | undefined, data: LiveMessage | Record<string, unknown>): void {
  out.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
