import { createServer } from 'node:net';
import { Counter, Histogram, type Registry } from 'prom-client';
import { EventType, type DubanEvent } from '@duban/contracts';
import { LATENCY_BUCKETS_SECONDS, createMetricsRegistry, joinExpositions } from '@duban/observability';

/** The ladder's events: each is decided for a planned instant (its CloudEvent `time`). */
const LADDER_EVENT_TYPES: ReadonlySet<string> = new Set([EventType.DeadlineReminder, EventType.EscalationRaised]);

/**
 * Past this, a ladder event was not a timer firing late but a step decided after the fact (work
 * loaded after its deadlines, a workflow resumed after a long outage): the ladder itself treats
 * those as "late fires" past one day (`LATE_FIRE_MS` in `deadline-ladder.ts`). They are counted
 * apart, so a plan loaded in 2026 for 2009 deadlines does not fill the lateness histogram with years.
 */
export const CATCH_UP_AFTER_SECONDS = 86_400;

/**
 * How late a ladder event is published, in seconds: publish time minus its planned instant, never
 * below 0 (a worker clock slightly behind the workflow's); `undefined` for any other event.
 */
export function ladderLatenessSeconds(event: Pick<DubanEvent, 'type' | 'time'>, publishedAtMs: number): number | undefined {
  if (!LADDER_EVENT_TYPES.has(event.type)) return undefined;
  const due = Date.parse(event.time);
  if (Number.isNaN(due)) return undefined;
  return Math.max(0, (publishedAtMs - due) / 1000);
}

/** The worker's own metrics, on its registry (the Temporal SDK's are exported by Core, see {@link coreMetricsText}). */
export class WorkerMetrics {
  readonly registry: Registry = createMetricsRegistry('worker');
  private readonly published = new Counter({ name: 'duban_events_published_total', help: 'Events published to Kafka by the publish activity, by CloudEvent type', labelNames: ['type'], registers: [this.registry] });
  private readonly lateness = new Histogram({
    name: 'duban_ladder_event_lateness_seconds',
    help: 'A ladder event (reminder, escalation) published after its planned instant: publish time minus the event time, in seconds (catch-up events past one day excluded)',
    labelNames: ['type'],
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  private readonly caughtUp = new Counter({ name: 'duban_ladder_events_caught_up_total', help: 'Ladder events published more than one day after their planned instant (decided after the fact, not a late timer)', labelNames: ['type'], registers: [this.registry] });

  /** Records one successful publish (a retried publish is recorded once, when it succeeds). */
  recordPublished(event: Pick<DubanEvent, 'type' | 'time'>, publishedAtMs = Date.now()): void {
    this.published.inc({ type: event.type });
    const lateness = ladderLatenessSeconds(event, publishedAtMs);
    if (lateness === undefined) return;
    if (lateness > CATCH_UP_AFTER_SECONDS) this.caughtUp.inc({ type: event.type });
    else this.lateness.observe({ type: event.type }, lateness);
  }
}

/**
 * The Temporal SDK's metrics as Core's Prometheus exporter serves them at `bindAddress`, within
 * `timeoutMs` (an exporter that does not answer fails the scrape rather than hanging it).
 */
export async function coreMetricsText(bindAddress: string, timeoutMs: number): Promise<string> {
  const res = await fetch(`http://${bindAddress}/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`Temporal metrics exporter answered ${res.status}`);
  return res.text();
}

/** Our registry and Core's text, as one exposition. */
export async function workerExposition(metrics: WorkerMetrics, coreBindAddress: string | undefined, timeoutMs: number): Promise<string> {
  const ours = await metrics.registry.metrics();
  const core = coreBindAddress === undefined ? '' : await coreMetricsText(coreBindAddress, timeoutMs);
  return joinExpositions([ours, core]);
}

/**
 * A free loopback port for Core's exporter when none is configured: Core binds the address itself,
 * so we can only pick one and hand it over (another process could take it in between; then the
 * runtime fails to start, loudly).
 */
export function freeLoopbackAddress(host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(`${host}:${address.port}`) : reject(new Error('no port'))));
    });
  });
}
