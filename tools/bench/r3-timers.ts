import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import { Queue, Worker as BullWorker } from 'bullmq';
import { Client, Connection } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import type { Consumer } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { ALL_TOPICS, EventType, TASK_WORKFLOW_TYPE, Topic, taskWorkflowId, type DubanEvent, type TaskWorkflowInput } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, endOfDay } from '@duban/domain';
import { configureTopicNamespace, createKafka, ensureTopics, physicalTopic, topicNamespace } from '@duban/kafka';
import { stackConfig } from '@duban/stack';
import { AppProcess, waitFor } from '@duban/testing';
import { dueOffsets, rotate, summarizeLateness, type LatenessSummary, type TimerSample } from './r3-stats';
import { BenchRedis } from './redis-server';
import { check, table, type TargetCheck } from './report';
import { fmt, percentile } from './stats';

/** The three timer systems R3 compares, on the same deadlines in the same run. */
export type TimerSystemName = 'temporal' | 'bullmq' | 'agenda';
export const TIMER_SYSTEMS: readonly TimerSystemName[] = ['temporal', 'bullmq', 'agenda'];

export interface R3Options {
  /** Open timers per spread block (e.g. 1,000 and 10,000). */
  sizes: number[];
  /** Timers due in the same second (the burst block); 0 leaves it out. */
  burst: number;
  /** The window the spread blocks' deadlines are spread over, ms. */
  spreadMs: number;
  /** How long after the last deadline a block waits for firings before it counts the rest as missing, ms. */
  graceMs: number;
  /**
   * Temporal's arming lead per timer, ms (`--r3-temporal-lead-ms`; default 200, what a saturated
   * machine needed). Arming takes about 12 ms a start on a quiet one; a lead too short shows as
   * timers armed late, never as lateness.
   */
  temporalLeadMsPerTimer?: number;
}

/** Where one system's block spent its time, beside its lateness. */
export interface R3BlockResult {
  block: string;
  system: TimerSystemName;
  /** Wall time to arm every timer (start the workflows, add the jobs, save the jobs), ms. */
  armMs: number;
  /** Time from the block's zero (the first deadline) back to when arming finished; negative: it overran. */
  headroomMs: number;
  lateness: LatenessSummary;
  /** The machine's 1-minute load average when the first deadline came. */
  loadAverage: number;
  /** System-specific figures (Temporal: where the time went, from sampled histories). */
  detail?: Record<string, unknown>;
}

export interface R3Result {
  options: R3Options;
  /** How "fired" is taken for each system. */
  firedAt: Record<TimerSystemName, string>;
  redisVersion?: string;
  blocks: R3BlockResult[];
}

/** A block's timers: their ids and due instants (epoch ms), and the arming deadline. */
interface BlockPlan {
  block: string;
  ids: string[];
  dueMs: number[];
}

interface TimerSystem {
  name: TimerSystemName;
  /** How long before the first deadline arming must begin, for `n` timers (generous; an overrun is reported). */
  leadMs(n: number): number;
  /** Arms every timer; `armedAt` is called as each one is armed (for the late-armed check). */
  arm(plan: BlockPlan, armedAt: (i: number, ms: number) => void): Promise<void>;
  /** Waits until every timer fired or `untilMs` passed; returns the firing instant per id. */
  collect(plan: BlockPlan, untilMs: number): Promise<Map<string, number>>;
  /** When each timer was really in place, if later than its arming call returned (Temporal: the task's first events out). */
  armedTimes?(): Map<string, number>;
  /** Anything measured besides lateness (called after collect). */
  detail?(plan: BlockPlan, samples: TimerSample[]): Promise<Record<string, unknown>>;
  /** Removes the block's timers (terminates the workflows, removes the jobs). */
  disarm(plan: BlockPlan): Promise<void>;
  close(): Promise<void>;
}

/** Runs `fn` over `items` with at most `concurrency` in flight. */
async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i] as T, i);
  });
  await Promise.all(workers);
}

const untilFired = (fired: Map<string, number>, plan: BlockPlan, untilMs: number, what: string) =>
  waitFor(what, () => (plan.ids.every((id) => fired.has(id)) || Date.now() >= untilMs ? true : undefined), {
    timeoutMs: Math.max(1000, untilMs - Date.now() + 5000),
    intervalMs: 200,
  });

/**
 * The product's own deadline path: the real `taskWorkflow` (started through the Temporal client with
 * the input the plan workflow gives it) on the real worker app, its yellow card (the end of the due
 * day) placed at the timer's due instant with `clockOffsetMs`. The worker publishes the card's
 * `EscalationRaised` to Kafka; "fired" is that record's Kafka timestamp (the producer's CreateTime,
 * set as the worker's publish activity sends it). The CloudEvent `time` is no use here: it is the
 * ladder step's planned instant, exact by construction.
 */
class TemporalTimers implements TimerSystem {
  readonly name = 'temporal' as const;
  private readonly fired = new Map<string, number>();
  /** Task id → the Kafka timestamp of its TaskAssigned: from then on its worker has set (or is setting) the timer. */
  private readonly assigned = new Map<string, number>();
  /** Task id → the workflow's clock offset, to turn the event's plan time back into its due instant. */
  private readonly offsets = new Map<string, number>();
  private blockSeq = 0;

  private constructor(
    private readonly client: Client,
    private readonly connection: Connection,
    private readonly worker: AppProcess,
    private readonly consumer: Consumer,
    private readonly cleanUps: (() => Promise<unknown>)[],
    private readonly taskQueue: string,
    private readonly leadMsPerTimer: number,
  ) {}

  /** The yellow card of this date is the end of its day, Asia/Shanghai: every timer's plan-time due instant. */
  static readonly DUE_DATE = '2031-03-14';

  static async start(runId: string, log: (line: string) => void, leadMsPerTimer = 200): Promise<TemporalTimers> {
    const stack = stackConfig();
    const cleanUps: (() => Promise<unknown>)[] = [];
    const topicPrefix = `duban-r3-${runId}.`;
    const taskQueue = `bench-r3-${runId}`;
    const kafka = createKafka({ brokers: stack.appEnv.KAFKA_BROKERS.split(','), clientId: `duban-bench-r3-${runId}` });
    // Its own topics, so nobody's consumers see 10,000 benchmark escalations (and it reads only its own).
    const outer = topicNamespace();
    configureTopicNamespace(topicPrefix);
    const topics = ALL_TOPICS.map(physicalTopic);
    const tasksTopic = physicalTopic(Topic.Tasks);
    configureTopicNamespace(outer);
    const admin = kafka.admin();
    await admin.connect();
    cleanUps.push(() => admin.disconnect());
    configureTopicNamespace(topicPrefix);
    try {
      await ensureTopics(admin);
    } finally {
      configureTopicNamespace(outer);
    }
    cleanUps.push(() => admin.deleteTopics({ topics, timeout: 30_000 }));
    const group = `duban-bench-r3-${runId}`;
    cleanUps.push(() => admin.deleteGroups([group]));
    const consumer = kafka.consumer({ groupId: group });
    await consumer.connect();
    cleanUps.push(() => consumer.disconnect());
    const worker = AppProcess.start(
      'worker',
      {
        ...stack.appEnv,
        TEMPORAL_TASK_QUEUE: taskQueue,
        KAFKA_TOPIC_PREFIX: topicPrefix,
        MONGODB_URI: stack.appEnv.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, `/duban_bench_r3_${runId}$1`),
      },
      path.join(stack.dataDir, 'logs', `bench-r3-${runId}`),
    );
    cleanUps.push(() => worker.stop());
    await worker.waitForOutput(/duban worker polling/, 120_000);
    const connection = await Connection.connect({ address: stack.appEnv.TEMPORAL_ADDRESS });
    cleanUps.push(() => connection.close());
    const client = new Client({ connection, namespace: stack.appEnv.TEMPORAL_NAMESPACE });
    const timers = new TemporalTimers(client, connection, worker, consumer, cleanUps, taskQueue, leadMsPerTimer);
    await consumer.subscribe({ topic: tasksTopic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (!message.value) return;
        const event = JSON.parse(message.value.toString('utf8')) as DubanEvent;
        if (event.type === EventType.TaskAssigned) timers.assigned.set(event.subject, Number(message.timestamp));
        if (event.type === EventType.EscalationRaised && (event.data as { level?: string }).level === 'yellow' && !timers.fired.has(event.subject)) {
          const offset = timers.offsets.get(event.subject);
          // The card's plan time minus the offset is the due instant the bench chose: a check that the mapping holds.
          if (offset !== undefined && Math.abs(Date.parse(event.time) - offset - (timers.dueOf.get(event.subject) ?? Number.NaN)) > 1) {
            log(`r3: ${event.subject}: the card's time ${event.time} does not map back to its due instant`);
          }
          timers.fired.set(event.subject, Number(message.timestamp));
        }
      },
    });
    log(`r3: worker on task queue ${taskQueue}, topics ${topicPrefix}*, reading ${tasksTopic}`);
    return timers;
  }

  private readonly dueOf = new Map<string, number>();

  leadMs(n: number): number {
    // Each start is two workflow tasks, a calendar activity and a published TaskAssigned on the
    // worker before its timer is set. On this shared 2-core machine at load 20–28, 1,000 starts took
    // 97 s to send and their TaskAssigned events came out after that (60 ms a start was far too
    // little: 991 of 1,000 were armed late). The headroom left is reported, and a timer whose
    // TaskAssigned came out after its due time is counted as armed late. `--r3-temporal-lead-ms`
    // sets the 200.
    return 30_000 + n * this.leadMsPerTimer;
  }

  /** When each task's TaskAssigned reached Kafka (its workflow was running and about to set its timer). */
  armedTimes(): Map<string, number> {
    return this.assigned;
  }

  taskIds(block: string, n: number): string[] {
    const planId = `bench-r3-${block}-${++this.blockSeq}-${randomBytes(2).toString('hex')}`;
    return Array.from({ length: n }, (_, i) => `${planId}.T${i}.FUTIAN`);
  }

  /** Starts one task workflow whose yellow card comes at `dueMs` (this machine's clock), as the plan workflow would start it. */
  private async startTask(taskId: string, dueMs: number): Promise<void> {
    const offset = endOfDay(TemporalTimers.DUE_DATE).toMillis() - dueMs;
    this.offsets.set(taskId, offset);
    this.dueOf.set(taskId, dueMs);
    const [planId, taskCode, unit] = taskId.split('.') as [string, string, string];
    const input: TaskWorkflowInput = {
      assignment: {
        taskId,
        planId,
        taskCode,
        unit,
        coUnits: [],
        title: 'R3 基准任务',
        titleEn: 'R3 benchmark task',
        deliverable: 'none',
        due: TemporalTimers.DUE_DATE,
        escalation: DEFAULT_ESCALATION_POLICY,
        kind: 'task',
      },
      clockOffsetMs: offset,
    };
    await this.client.workflow.start(TASK_WORKFLOW_TYPE, { taskQueue: this.taskQueue, workflowId: taskWorkflowId(taskId), args: [input] });
  }

  /**
   * A few tasks started and terminated before anything is measured: the worker's first workflow
   * tasks (a new isolate, the bundle's first run) took over 10 s here under load and timed out once,
   * which is a cold start, not a timer.
   */
  async warmUp(log: (line: string) => void): Promise<void> {
    const plan: BlockPlan = { block: 'warm-up', ids: this.taskIds('warm', 8), dueMs: [] };
    plan.dueMs = plan.ids.map(() => Date.now() + 3_600_000);
    await pool(plan.ids, 8, (id, i) => this.startTask(id, plan.dueMs[i] as number));
    const t0 = Date.now();
    const done = await this.settled(plan, t0 + 120_000);
    log(`r3: worker warmed up with ${plan.ids.length} tasks in ${fmt(((done ?? Date.now()) - t0) / 1000)} s${done === undefined ? ' (not all assigned in 120 s)' : ''}`);
    await this.disarm(plan);
  }

  async arm(plan: BlockPlan, armedAt: (i: number, ms: number) => void): Promise<void> {
    await pool(plan.ids, 16, async (taskId, i) => {
      await this.startTask(taskId, plan.dueMs[i] as number);
      armedAt(i, Date.now());
    });
  }

  /** Waits (bounded by `untilMs`) until every started task's TaskAssigned is out: the worker is idle, every timer set. */
  async settled(plan: BlockPlan, untilMs: number): Promise<number | undefined> {
    await waitFor('the R3 tasks to be assigned', () => (plan.ids.every((id) => this.assigned.has(id)) || Date.now() >= untilMs ? true : undefined), {
      timeoutMs: Math.max(1000, untilMs - Date.now() + 5000),
      intervalMs: 200,
    });
    return plan.ids.every((id) => this.assigned.has(id)) ? Date.now() : undefined;
  }

  async collect(plan: BlockPlan, untilMs: number): Promise<Map<string, number>> {
    await untilFired(this.fired, plan, untilMs, 'the R3 yellow cards');
    return this.fired;
  }

  /**
   * Where the lateness goes, from the histories of the 10 latest and 10 other timers: the server's
   * timer (TimerFired − due), the workflow task's schedule-to-start (worker slots and polling), the
   * workflow task itself, the publish activity's schedule-to-start, and from the activity's start to
   * the Kafka record (the producer's send).
   */
  async detail(_plan: BlockPlan, samples: TimerSample[]): Promise<Record<string, unknown>> {
    const fired = samples.filter((s) => s.firedMs !== undefined && !s.armedLate).sort((a, b) => (b.firedMs as number) - b.dueMs - ((a.firedMs as number) - a.dueMs));
    const picked = [...fired.slice(0, 10), ...fired.slice(10).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 10)) === 0).slice(0, 10)];
    const parts: Record<string, number[]> = { timerFired: [], workflowTaskScheduleToStart: [], workflowTask: [], activityScheduleToStart: [], activityToKafka: [] };
    for (const s of picked) {
      try {
        const history = await this.client.workflow.getHandle(taskWorkflowId(s.id)).fetchHistory();
        const events = history.events ?? [];
        const timerIdx = events.map((e) => Boolean(e.timerFiredEventAttributes)).lastIndexOf(true);
        if (timerIdx < 0) continue;
        const after = events.slice(timerIdx);
        const t = (pred: (e: (typeof events)[number]) => boolean) => {
          const e = after.find(pred);
          return e ? tsToMs(e.eventTime) : Number.NaN;
        };
        const timerAt = tsToMs(events[timerIdx]?.eventTime);
        const wftScheduled = t((e) => Boolean(e.workflowTaskScheduledEventAttributes));
        const wftStarted = t((e) => Boolean(e.workflowTaskStartedEventAttributes));
        const wftCompleted = t((e) => Boolean(e.workflowTaskCompletedEventAttributes));
        const actScheduled = t((e) => Boolean(e.activityTaskScheduledEventAttributes));
        const actStarted = t((e) => Boolean(e.activityTaskStartedEventAttributes));
        parts['timerFired']?.push(timerAt - s.dueMs);
        parts['workflowTaskScheduleToStart']?.push(wftStarted - wftScheduled);
        parts['workflowTask']?.push(wftCompleted - wftStarted);
        parts['activityScheduleToStart']?.push(actStarted - actScheduled);
        parts['activityToKafka']?.push((s.firedMs as number) - actStarted);
      } catch {
        // A history that cannot be read is left out of the breakdown; the lateness itself stands.
      }
    }
    const summary = Object.fromEntries(
      Object.entries(parts).map(([k, v]) => {
        const ok = v.filter(Number.isFinite);
        return [k, { n: ok.length, p50: percentile(ok, 50), max: ok.length ? Math.max(...ok) : Number.NaN }];
      }),
    );
    return { breakdownMs: summary, sampledHistories: picked.length };
  }

  async disarm(plan: BlockPlan): Promise<void> {
    await pool(plan.ids, 16, async (id) => {
      try {
        await this.client.workflow.getHandle(taskWorkflowId(id)).terminate('R3 block done');
      } catch {
        // Already closed: nothing to remove.
      }
    });
  }

  async close(): Promise<void> {
    for (const c of this.cleanUps.reverse()) await c().catch(() => undefined);
  }
}

/**
 * BullMQ delayed jobs on the bench's own `redis-server`, as a user would write them: one `add`
 * per deadline with `delay`, one Worker with its default concurrency (1); "fired" is when the
 * processor is called.
 */
class BullTimers implements TimerSystem {
  readonly name = 'bullmq' as const;
  private constructor(
    private readonly fired: Map<string, number>,
    private readonly redis: BenchRedis,
    private readonly queue: Queue,
    private readonly worker: BullWorker,
  ) {}

  static async start(runId: string, log: (line: string) => void): Promise<BullTimers> {
    const redis = await BenchRedis.start(path.join(stackConfig().dataDir, `bench-redis-${runId}`), log);
    // Connection options, not ioredis instances: BullMQ makes its own clients (its ioredis may differ from ours).
    const connection = { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null };
    const queue = new Queue(`r3-${runId}`, { connection });
    const fired = new Map<string, number>();
    const worker = new BullWorker(
      `r3-${runId}`,
      async (job) => {
        const now = Date.now();
        const id = (job.data as { id: string }).id;
        if (!fired.has(id)) fired.set(id, now);
      },
      { connection },
    );
    await worker.waitUntilReady();
    return new BullTimers(fired, redis, queue, worker);
  }

  get redisVersion(): string {
    return this.redis.version;
  }

  leadMs(n: number): number {
    return 5_000 + n;
  }

  async arm(plan: BlockPlan, armedAt: (i: number, ms: number) => void): Promise<void> {
    for (let start = 0; start < plan.ids.length; start += 500) {
      const chunk = plan.ids.slice(start, start + 500);
      const now = Date.now();
      await this.queue.addBulk(chunk.map((id, j) => ({ name: 'due', data: { id }, opts: { delay: Math.max(0, (plan.dueMs[start + j] as number) - now), jobId: id, removeOnComplete: true } })));
      const done = Date.now();
      chunk.forEach((_, j) => armedAt(start + j, done));
    }
  }

  async collect(plan: BlockPlan, untilMs: number): Promise<Map<string, number>> {
    await untilFired(this.fired, plan, untilMs, 'the BullMQ jobs');
    return this.fired;
  }

  async disarm(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await this.worker.close().catch(() => undefined);
    await this.queue.close().catch(() => undefined);
    await this.redis.stop();
  }
}

/**
 * Agenda 6 with `@agendajs/mongo-backend` on the same FerretDB store (its own database), with
 * Agenda's defaults (`processEvery` 5 s, concurrency 5 per job type, no notification channel):
 * one `schedule(when, …)` per deadline; "fired" is when the job's handler is called.
 */
class AgendaTimers implements TimerSystem {
  readonly name = 'agenda' as const;
  private readonly fired = new Map<string, number>();
  private constructor(
    private readonly agenda: Agenda,
    private readonly uri: string,
  ) {}

  static async start(runId: string): Promise<AgendaTimers> {
    const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, `/duban_bench_r3_agenda_${runId}$1`);
    const agenda = new Agenda({ backend: new MongoBackend({ address: uri }) });
    const self = new AgendaTimers(agenda, uri);
    agenda.define('due', async (job) => {
      const now = Date.now();
      const id = (job.attrs.data as { id: string }).id;
      if (!self.fired.has(id)) self.fired.set(id, now);
    });
    await agenda.start();
    return self;
  }

  leadMs(n: number): number {
    return 10_000 + n * 15;
  }

  async arm(plan: BlockPlan, armedAt: (i: number, ms: number) => void): Promise<void> {
    await pool(plan.ids, 16, async (id, i) => {
      await this.agenda.schedule(new Date(plan.dueMs[i] as number), 'due', { id });
      armedAt(i, Date.now());
    });
  }

  async collect(plan: BlockPlan, untilMs: number): Promise<Map<string, number>> {
    await untilFired(this.fired, plan, untilMs, 'the Agenda jobs');
    return this.fired;
  }

  async disarm(): Promise<void> {
    await this.agenda.cancel({ name: 'due' });
  }

  async close(): Promise<void> {
    await this.agenda.stop().catch(() => undefined);
    const mongo = await MongoClient.connect(this.uri);
    try {
      await mongo.db().dropDatabase();
    } finally {
      await mongo.close();
    }
  }
}

/**
 * R3: for each block (each spread size, then the burst), the same deadlines on Duban's task
 * workflows, BullMQ and Agenda, one system after the other in an order rotated every block, so no
 * system always runs first (or last, on a machine warmed by the others). Every timer is armed
 * before the block's first deadline; one armed after its own deadline is counted apart.
 */
export async function runR3(opts: R3Options, log: (line: string) => void): Promise<R3Result> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const blocks: { name: string; kind: 'spread' | 'burst'; n: number }[] = [
    ...opts.sizes.map((n) => ({ name: `${n} over ${fmt(opts.spreadMs / 1000)} s`, kind: 'spread' as const, n })),
    ...(opts.burst > 0 ? [{ name: `burst of ${opts.burst}`, kind: 'burst' as const, n: opts.burst }] : []),
  ];
  const systems = new Map<TimerSystemName, TimerSystem>();
  const result: R3Result = {
    options: opts,
    firedAt: {
      temporal: 'the Kafka timestamp (producer CreateTime) of the task’s yellow-card EscalationRaised, as the worker’s publish activity sent it',
      bullmq: 'the processor’s call (Date.now() as it starts)',
      agenda: 'the job handler’s call (Date.now() as it starts)',
    },
    blocks: [],
  };
  try {
    log('r3: starting the worker, redis-server and Agenda');
    const temporal = await TemporalTimers.start(runId, log, opts.temporalLeadMsPerTimer);
    systems.set('temporal', temporal);
    await temporal.warmUp(log);
    const bull = await BullTimers.start(runId, log);
    systems.set('bullmq', bull);
    result.redisVersion = bull.redisVersion;
    systems.set('agenda', await AgendaTimers.start(runId));

    for (const [k, block] of blocks.entries()) {
      for (const name of rotate(TIMER_SYSTEMS, k)) {
        const system = systems.get(name) as TimerSystem;
        const offsets = dueOffsets(block.kind, block.n, opts.spreadMs);
        const zero = Date.now() + system.leadMs(block.n);
        const ids = name === 'temporal' ? temporal.taskIds(k.toString(), block.n) : offsets.map((_, i) => `r3-${runId}-${k}-${name}-${i}`);
        const plan: BlockPlan = { block: block.name, ids, dueMs: offsets.map((o) => zero + o) };
        const armed: number[] = new Array<number>(block.n).fill(Number.NaN);
        log(`r3 ${block.name}: ${name}: arming ${block.n} timers, the first due in ${fmt((zero - Date.now()) / 1000)} s`);
        const t0 = performance.now();
        await system.arm(plan, (i, ms) => (armed[i] = ms));
        const armMs = performance.now() - t0;
        let settledMs: number | undefined;
        if (system === temporal) {
          const settled = await temporal.settled(plan, zero);
          settledMs = settled === undefined ? undefined : settled - (zero - system.leadMs(block.n));
        }
        const headroomMs = zero - Date.now();
        log(`r3 ${block.name}: ${name}: armed in ${fmt(armMs / 1000)} s${settledMs !== undefined ? `, every TaskAssigned out after ${fmt(settledMs / 1000)} s` : ''}; ${fmt(headroomMs / 1000)} s before the first deadline`);
        if (headroomMs > 0) await waitFor('the first deadline', () => (Date.now() >= zero ? true : undefined), { timeoutMs: headroomMs + 5000, intervalMs: 50 });
        const loadAverage = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
        const lastDue = Math.max(...plan.dueMs);
        const fired = await system.collect(plan, lastDue + opts.graceMs);
        const inPlace = system.armedTimes?.();
        if (inPlace) plan.ids.forEach((id, i) => (armed[i] = Math.max(armed[i] as number, inPlace.get(id) ?? Number.POSITIVE_INFINITY)));
        const samples: TimerSample[] = plan.ids.map((id, i) => {
          const firedMs = fired.get(id);
          const dueMs = plan.dueMs[i] as number;
          return { id, dueMs, ...(firedMs !== undefined && { firedMs }), ...((armed[i] as number) > dueMs && { armedLate: true }) };
        });
        const lateness = summarizeLateness(samples);
        const detail = {
          ...(system.detail && (await system.detail(plan, samples))),
          // Temporal only: when every started task's TaskAssigned was out (null: not before the first deadline).
          ...(system === temporal && { assignedOutAfterMs: settledMs ?? null }),
        };
        result.blocks.push({ block: block.name, system: name, armMs, headroomMs, lateness, loadAverage, ...(Object.keys(detail).length > 0 && { detail }) });
        log(
          `r3 ${block.name}: ${name}: lateness p50 ${fmt(lateness.p50)} / p99 ${fmt(lateness.p99)} / max ${fmt(lateness.max)} ms; drained in ${fmt(lateness.drainMs / 1000)} s; ${lateness.missing} missing, ${lateness.armedLate} armed late; load ${loadAverage}`,
        );
        await system.disarm(plan);
      }
    }
  } finally {
    log('r3: cleaning up (workflows terminated per block; worker, topics, redis-server, Agenda database)');
    for (const s of systems.values()) await s.close().catch((e: unknown) => log(`r3 clean-up: ${s.name}: ${e instanceof Error ? e.message : String(e)}`));
  }
  return result;
}

/** The rows of R3's table: one per block and system, with each system's p99 over ours. */
export function r3Rows(result: R3Result): string[][] {
  return result.blocks.map((b) => {
    const ours = result.blocks.find((o) => o.block === b.block && o.system === 'temporal');
    const l = b.lateness;
    return [
      b.block,
      b.system,
      fmt(l.p50),
      fmt(l.p99),
      fmt(l.max),
      Number.isNaN(l.drainMs) ? '–' : fmt(l.drainMs / 1000),
      ours && ours !== b ? fmt(ours.lateness.p99 / l.p99) : '1',
      `${l.missing}/${l.armedLate}`,
      fmt(b.armMs / 1000),
      String(b.loadAverage),
    ];
  });
}

export const R3_HEADER = ['block', 'system', 'p50 ms', 'p99 ms', 'max ms', 'all fired after s', 'ours p99 ÷ its', 'missing/armed late', 'arming s', 'load 1m'];

/** Issue 14's R3 targets: ours at 10,000 open, the burst, and against Agenda with its defaults. */
export const R3_TARGETS = { p99At: 10_000, p99Ms: 1000, burstDrainMs: 15_000, agendaRatio: 0.3 } as const;

/**
 * R3 as a part of `npm run bench`: runs the blocks, prints the table and Temporal's breakdown, and
 * judges the targets. Our p99 is judged at every spread size run (the issue's target is at 10,000
 * open; a smaller size says so in its row); a block with a timer that never fired is a MISS
 * whatever its percentiles.
 */
export async function benchR3(opts: R3Options, log: (line: string) => void): Promise<{ result: R3Result; targets: TargetCheck[] }> {
  const result = await runR3(opts, log);
  const ours = result.blocks.filter((b) => b.system === 'temporal');
  console.log(`\nR3 timers (lateness = fired − due; fired: ${Object.entries(result.firedAt).map(([k, v]) => `${k} ${v}`).join('; ')}):\n${table(R3_HEADER, r3Rows(result))}\n`);
  for (const b of ours) {
    const parts = (b.detail?.['breakdownMs'] ?? {}) as Record<string, { n: number; p50: number; max: number }>;
    console.log(`  ${b.block}, task workflow path (p50 / max ms over sampled histories): ${Object.entries(parts).map(([k, v]) => `${k} ${fmt(v.p50)} / ${fmt(v.max)}`).join(', ')}`);
  }
  const targets: TargetCheck[] = [];
  for (const b of ours) {
    const agenda = result.blocks.find((a) => a.block === b.block && a.system === 'agenda');
    const size = b.lateness.timers;
    const burst = b.block.startsWith('burst');
    if (!burst) {
      const at = size === R3_TARGETS.p99At ? '' : ` (target at ${fmt(R3_TARGETS.p99At)})`;
      targets.push(check(`R3 task timers p99 at ${size} open${at}`, b.lateness.p99, R3_TARGETS.p99Ms, 'atMost', ' ms'));
    } else {
      targets.push(check(`R3 burst of ${size}: all fired within`, b.lateness.drainMs / 1000, R3_TARGETS.burstDrainMs / 1000, 'atMost', ' s'));
    }
    if (agenda) targets.push(check(`R3 ${b.block}: our p99 ÷ Agenda's (defaults)`, b.lateness.p99 / agenda.lateness.p99, R3_TARGETS.agendaRatio, 'atMost'));
    if (b.lateness.missing > 0 || b.lateness.armedLate > 0) {
      targets.push({ target: `R3 ${b.block}: every task timer armed in time and fired`, measured: `${b.lateness.missing} never fired, ${b.lateness.armedLate} armed after their due time`, pass: false });
    }
  }
  return { result, targets };
}
