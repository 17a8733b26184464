import type { Admin } from 'kafkajs';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Topic } from '@duban/contracts';
import { physicalTopic } from '@duban/kafka';
import { createMetricsRegistry } from '@duban/observability';

/** One partition's end offsets as `admin.fetchTopicOffsets` reports them (strings, as Kafka's int64). */
export interface PartitionEnds {
  partition: number;
  low: string;
  high: string;
}

/**
 * Messages a group has still to read on one topic: per partition the high watermark minus the
 * committed offset, where a partition with no commit yet (`-1`) counts from its low watermark (the
 * group starts there, `fromBeginning`), and an offset below the low watermark (records deleted by
 * retention) also counts from it. Never negative.
 */
export function topicLag(ends: readonly PartitionEnds[], committed: readonly { partition: number; offset: string }[]): number {
  let lag = 0;
  for (const p of ends) {
    const low = Number(p.low);
    const at = Number(committed.find((c) => c.partition === p.partition)?.offset ?? '-1');
    lag += Math.max(0, Number(p.high) - Math.max(low, at));
  }
  return lag;
}

/** A consumer group as the lag gauge needs it. */
export interface LagSource {
  groupId: string;
  topics: readonly Topic[];
}

/** What the gauges read on each scrape, once the Nest application is up. */
export interface ConsumersMetricsSources {
  groups: () => readonly LagSource[];
  /** A connected-on-demand admin client of the cluster the groups read. */
  admin: Admin;
  /** Webhook deliveries given up (state `dead`) now in the store. */
  deadLetters: () => Promise<number>;
}

class CollectTimeout extends Error {}

function within<T>(timeoutMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CollectTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The consumers app's metrics. Lag and dead letters are read on each scrape (within `timeoutMs`
 * each; a source that fails or is slow leaves the lag series out of that scrape and the dead-letter
 * gauge at NaN, and counts in `duban_metrics_collect_errors_total`, so a scrape never hangs and
 * never reports a stale value as current). Handler outcomes are counted as they happen; the audit chain's state is set by
 * {@link AuditVerificationMonitor}.
 */
export class ConsumersMetrics {
  readonly registry: Registry = createMetricsRegistry('consumers');
  private sources?: ConsumersMetricsSources;
  readonly events = new Counter({
    name: 'duban_consumer_events_total',
    help: 'Events given to a consumer group’s handler, by outcome: handled (committed next), failed (one failed attempt; the same events are retried in place)',
    labelNames: ['group', 'outcome'],
    registers: [this.registry],
  });
  readonly auditVerified = new Gauge({ name: 'duban_audit_chain_verified', help: '1 when the last verification of the audit chains found no problem, 0 when it found one; absent before the first', registers: [this.registry] });
  readonly auditProblems = new Gauge({ name: 'duban_audit_chain_problems', help: 'Problems the last verification of the audit chains found', registers: [this.registry] });
  readonly auditVerifiedAt = new Gauge({ name: 'duban_audit_chain_last_verification_timestamp_seconds', help: 'When the last verification of the audit chains finished (Unix seconds), whatever it found', registers: [this.registry] });
  readonly auditVerificationFailures = new Counter({ name: 'duban_audit_chain_verification_errors_total', help: 'Verifications of the audit chains that could not run to the end (the store failed or was slow)', registers: [this.registry] });

  private readonly lag: Gauge<'group' | 'topic'> = new Gauge({
    name: 'duban_consumer_lag_messages',
    help: 'Messages a consumer group has still to read on a topic: high watermark minus committed offset, summed over partitions (read from Kafka on each scrape)',
    labelNames: ['group', 'topic'],
    registers: [this.registry],
    collect: () => this.collectLag(),
  });
  private readonly deadLetters: Gauge = new Gauge({
    name: 'duban_webhook_dead_letters',
    help: 'Webhook deliveries given up after their last attempt (state dead), now in the store; an admin retry takes one off',
    registers: [this.registry],
    collect: () => this.collectDeadLetters(),
  });

  // prom-client collects every metric of a scrape at once, so a failure shows here from the next scrape on.
  private readonly collectErrors = new Counter({ name: 'duban_metrics_collect_errors_total', help: 'Scrapes where a metric could not be read in time (lag series absent, dead letters NaN in that scrape); counted from the next scrape on', labelNames: ['metric'], registers: [this.registry] });

  constructor(private readonly timeoutMs = 2000) {}

  private async collectLag(): Promise<void> {
    this.lag.reset();
    const sources = this.sources;
    if (!sources) return;
    try {
      const lags = await within(this.timeoutMs, this.lags(sources));
      for (const l of lags) this.lag.set({ group: l.groupId, topic: l.topic }, l.lag);
    } catch {
      this.collectErrors.inc({ metric: 'duban_consumer_lag_messages' });
    }
  }

  private async collectDeadLetters(): Promise<void> {
    this.deadLetters.reset();
    const sources = this.sources;
    if (!sources) return;
    try {
      this.deadLetters.set(await within(this.timeoutMs, sources.deadLetters()));
    } catch {
      // A gauge without labels cannot be left out of a scrape: NaN, never a reassuring 0.
      this.deadLetters.set(Number.NaN);
      this.collectErrors.inc({ metric: 'duban_webhook_dead_letters' });
    }
  }

  /** Called once the application is up: until then the lag and dead-letter gauges are absent. */
  attach(sources: ConsumersMetricsSources): void {
    this.sources = sources;
  }

  /** Counts one handler call over `events` events: `handled` when it resolves, `failed` when it rejects (rethrown). */
  async counted<T>(groupId: string, events: number, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.events.inc({ group: groupId, outcome: 'handled' }, events);
      return result;
    } catch (e) {
      this.events.inc({ group: groupId, outcome: 'failed' }, events);
      throw e;
    }
  }

  private async lags(sources: ConsumersMetricsSources): Promise<{ groupId: string; topic: Topic; lag: number }[]> {
    await sources.admin.connect();
    const groups = sources.groups();
    const topics = [...new Set(groups.flatMap((g) => g.topics))];
    const ends = new Map(await Promise.all(topics.map(async (t) => [t, await sources.admin.fetchTopicOffsets(physicalTopic(t))] as const)));
    const out: { groupId: string; topic: Topic; lag: number }[] = [];
    for (const group of groups) {
      const committed = await sources.admin.fetchOffsets({ groupId: group.groupId, topics: group.topics.map(physicalTopic) });
      for (const topic of group.topics) {
        const partitions = committed.find((c) => c.topic === physicalTopic(topic))?.partitions ?? [];
        out.push({ groupId: group.groupId, topic, lag: topicLag(ends.get(topic) ?? [], partitions) });
      }
    }
    return out;
  }
}

/** The process's consumer metrics (one registry per process, like `consumerHealth`). */
export const consumersMetrics = new ConsumersMetrics();
