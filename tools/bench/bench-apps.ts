import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient, type Db } from 'mongodb';
import { signToken, type Principal } from '@duban/auth';
import { kafkaConnectionFromEnv, temporalConnectionFromEnv } from '@duban/config';
import { ALL_TOPICS } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { ApiClient, AppProcess, freePort, startGroupsAtEnd } from '@duban/testing';

/** Every consumer group the consumers app reads with; each gets a bench-only id. */
const GROUP_VARIABLES = ['AUDIT_GROUP_ID', 'TASKS_GROUP_ID', 'ENTERPRISES_GROUP_ID', 'NOTIFICATIONS_GROUP_ID', 'SCORES_GROUP_ID', 'WEBHOOKS_GROUP_ID', 'INDEX_DELIVERY_GROUP_ID'] as const;

/** What each app prints once it is ready (the same lines the end-to-end harness waits for). */
const READY: Record<'api' | 'worker' | 'consumers', RegExp[]> = {
  api: [/duban api listening/],
  worker: [/duban worker polling/],
  consumers: [/audit consumer in group/, /tasks consumer in group/, /enterprises consumer in group/, /notifications consumer in group/, /webhooks consumer in group/, /scores consumer in group/],
};

/**
 * The API's rate limits in every bench: the limiter stays in the measured path, its limits far
 * above a benchmark's. One address and one token drive thousands of requests a second, which the
 * production defaults (sized for people, 600 a minute per subject) would refuse.
 */
export const BENCH_RATE_LIMITS = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000000',
  AUTH_FAILURE_LIMIT_PER_MINUTE: '100000000',
  RATE_LIMIT_HEALTH_PER_MINUTE: '100000000',
} as const;

/**
 * Duban's three apps for one benchmark run, as child processes against the local stack, with
 * their own database, task queue and consumer groups (started at the current end of every topic),
 * so the run neither reads nor disturbs anyone else's work; {@link BenchApps.cleanUp} removes all
 * of it again.
 */
export class BenchApps {
  readonly api: ApiClient;
  private readonly apps: AppProcess[] = [];
  private mongo?: MongoClient;

  private constructor(
    readonly runId: string,
    readonly env: NodeJS.ProcessEnv,
    readonly baseUrl: string,
    readonly logDir: string,
  ) {
    this.api = new ApiClient(baseUrl);
  }

  /** `apiOverrides` go on top of the API's environment only (e.g. `NODE_OPTIONS` for a CPU profile), `workerOverrides` on the worker's (R4's heap limit). */
  static async start(log: (line: string) => void, apiOverrides: NodeJS.ProcessEnv = {}, workerOverrides: NodeJS.ProcessEnv = {}): Promise<BenchApps> {
    const stack = stackConfig();
    const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...stack.appEnv,
      MONGODB_URI: stack.appEnv.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, `/duban_bench_${runId}$1`),
      TEMPORAL_TASK_QUEUE: `bench-${runId}`,
      ...Object.fromEntries(GROUP_VARIABLES.map((v) => [v, `duban-${v.replace('_GROUP_ID', '').toLowerCase()}-bench-${runId}`])),
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      HOST: '127.0.0.1',
      ...BENCH_RATE_LIMITS,
    };
    const bench = new BenchApps(runId, env, `http://127.0.0.1:${port}`, path.join(stack.dataDir, 'logs', `bench-${runId}`));
    const kafka = bench.kafka();
    const admin = kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      await startGroupsAtEnd(kafka, admin, bench.groupIds, ALL_TOPICS.filter((t) => existing.has(t)));
    } finally {
      await admin.disconnect();
    }
    log(`apps: starting api, worker and consumers (database duban_bench_${runId}, task queue bench-${runId}, logs ${bench.logDir})`);
    await Promise.all([bench.startApp('worker', workerOverrides), bench.startApp('consumers'), bench.startApp('api', apiOverrides)]);
    return bench;
  }

  get groupIds(): string[] {
    return GROUP_VARIABLES.map((v) => this.env[v] as string);
  }

  /** The API process (for its pid: a profile, its CPU time). */
  get apiProcess(): AppProcess | undefined {
    return this.apps.find((a) => a.name === 'api');
  }

  /** The worker process (for its pid: R4 reads its RSS). */
  get workerProcess(): AppProcess | undefined {
    return this.apps.find((a) => a.name === 'worker');
  }

  private async startApp(name: 'api' | 'worker' | 'consumers', overrides: NodeJS.ProcessEnv = {}): Promise<void> {
    const app = AppProcess.start(name, { ...this.env, ...overrides }, this.logDir);
    this.apps.push(app);
    for (const line of READY[name]) await app.waitForOutput(line, 120_000);
  }

  private kafka(): Kafka {
    return new Kafka({ ...kafkaConnectionFromEnv(this.env), clientId: `duban-bench-${this.runId}`, logLevel: logLevel.NOTHING });
  }

  token(principal: Principal): Promise<string> {
    return signToken(principal, this.env['JWT_SECRET'] as string);
  }

  /** The bench's own database, over one shared connection. */
  async db(): Promise<Db> {
    this.mongo ??= await MongoClient.connect(this.env['MONGODB_URI'] as string);
    return this.mongo.db();
  }

  /**
   * Stops the apps, terminates the workflows still running on the bench's task queue, deletes its
   * plan's brief schedule and its consumer groups, and drops its database (last: FerretDB 1.24 on
   * SQLite can crash when a database is dropped while a client still reads it). Every step is
   * tried; failures are reported, not thrown, so one does not leave the rest behind.
   */
  async cleanUp(planId: string | undefined, log: (line: string) => void): Promise<void> {
    const attempt = async (what: string, step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (e) {
        log(`clean-up: ${what} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
    await attempt('stopping the apps', () => Promise.all(this.apps.map((a) => a.stop())));
    await attempt('terminating the workflows', async () => {
      const connection = await Connection.connect(temporalConnectionFromEnv(this.env));
      try {
        const client = new Client({ connection, namespace: this.env['TEMPORAL_NAMESPACE'] as string });
        if (planId) {
          for await (const schedule of client.schedule.list()) {
            if (schedule.scheduleId.includes(planId)) await client.schedule.getHandle(schedule.scheduleId).delete();
          }
        }
        const running = client.workflow.list({ query: `TaskQueue = '${this.env['TEMPORAL_TASK_QUEUE'] as string}' AND ExecutionStatus = 'Running'` });
        for await (const workflow of running) await client.workflow.getHandle(workflow.workflowId, workflow.runId).terminate('benchmark cleaned up');
      } finally {
        await connection.close();
      }
    });
    await attempt('deleting the consumer groups', async () => {
      const admin = this.kafka().admin();
      await admin.connect();
      try {
        await admin.deleteGroups(this.groupIds);
      } finally {
        await admin.disconnect();
      }
    });
    await attempt('dropping the database', async () => {
      const db = await this.db();
      await db.dropDatabase();
      await this.mongo?.close();
    });
  }
}
