import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { signToken, type Principal } from '@duban/auth';
import { kafkaConnectionFromEnv, temporalConnectionFromEnv } from '@duban/config';
import { ALL_TOPICS } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { ApiClient, AppProcess, commitOffsets, freePort, startGroupsAtEnd, waitFor, type TopicOffsets } from '@duban/testing';

/**
 * The API's rate limits in end-to-end tests: on (so every test runs through the limiter's hooks)
 * but far above what a test does. The production defaults (600 per subject, 1200 per address, 20
 * failed authentications a minute) are sized for people; a test is one address standing for every
 * unit's officials at once, polls a condition every 20–250 ms with one token, and the BOLA matrix,
 * token and fuzz tests send hundreds of refused tokens on purpose. `test/rate-limit.e2e.spec.ts`
 * sets its own small limits to prove them.
 */
export const E2E_RATE_LIMITS = {
  RATE_LIMIT_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  AUTH_FAILURE_LIMIT_PER_MINUTE: '1000000',
  RATE_LIMIT_HEALTH_PER_MINUTE: '1000000',
} as const;

/** What the servers said about themselves: proof that a test ran against the real processes. */
export interface ServerIdentity {
  temporal: { address: string; serverVersion: string };
  kafka: { brokers: string[]; clusterId: string; brokerCount: number };
  store: { uri: string; ferretdbVersion?: string; version: string };
}

/**
 * Duban's three apps as real child processes against the stack's real Temporal, Kafka and
 * FerretDB servers (started by `tools/stack`). Each harness has its own task queue, audit
 * consumer group and database, so test files never see each other's work.
 */
export class DubanHarness {
  readonly api: ApiClient;
  /**
   * Where this harness's consumer groups started reading: the end of every topic when it started.
   * The topics are shared with every other test and tool, so a group that read them from offset 0
   * would first have to project all of their history; this database has seen none of it.
   */
  startOffsets: TopicOffsets[] = [];
  private readonly apps = new Map<'api' | 'worker' | 'consumers', AppProcess>();

  private constructor(
    readonly name: string,
    readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
    port: number,
  ) {
    this.api = new ApiClient(`http://127.0.0.1:${port}`);
  }

  /** `envOverrides` go on top of the apps' environment (e.g. small webhook retry delays for a test). */
  static async start(name: string, envOverrides: NodeJS.ProcessEnv = {}): Promise<DubanHarness> {
    const stack = stackConfig();
    const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    const port = await freePort();
    const database = databaseOf(name);
    const env: NodeJS.ProcessEnv = {
      ...stack.appEnv,
      MONGODB_URI: stack.appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/${database}`),
      TEMPORAL_TASK_QUEUE: `e2e-${name}-${runId}`,
      AUDIT_GROUP_ID: `duban-audit-e2e-${name}`,
      TASKS_GROUP_ID: `duban-tasks-e2e-${name}`,
      ENTERPRISES_GROUP_ID: `duban-enterprises-e2e-${name}`,
      NOTIFICATIONS_GROUP_ID: `duban-notifications-e2e-${name}`,
      SCORES_GROUP_ID: `duban-scores-e2e-${name}`,
      WEBHOOKS_GROUP_ID: `duban-webhooks-e2e-${name}`,
      INDEX_DELIVERY_GROUP_ID: `duban-index-delivery-e2e-${name}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // This run's own audit checkpoints: chains are named by topic-partition, shared by every database.
      AUDIT_CHECKPOINT_FILE: path.join(stack.dataDir, 'logs', `e2e-${name}-${runId}`, 'audit-checkpoints.jsonl'),
      PORT: String(port),
      HOST: '127.0.0.1',
      ...E2E_RATE_LIMITS,
      ...envOverrides,
    };
    const harness = new DubanHarness(name, env, path.join(stack.dataDir, 'logs', `e2e-${name}-${runId}`), port);
    harness.startOffsets = await startGroupsAtTheEnd(env, groupIdsOf(env));
    const started = await Promise.allSettled([harness.startApp('worker'), harness.startApp('consumers'), harness.startApp('api')]);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      // The apps that did start would outlive the test file (and keep jest from exiting).
      await harness.stop();
      throw failed.reason;
    }
    // Every response the end-to-end tests see is checked against the document the API serves.
    await harness.api.useContract();
    return harness;
  }

  /**
   * {@link start}, after dropping whatever a previous run of the same name left in its database
   * (a run killed before its clean-up): for tests that count everything in the store.
   */
  static async startFresh(name: string, envOverrides: NodeJS.ProcessEnv = {}): Promise<DubanHarness> {
    const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/${databaseOf(name)}`);
    const mongo = await MongoClient.connect(uri);
    try {
      await mongo.db().dropDatabase();
    } finally {
      await mongo.close();
    }
    return DubanHarness.start(name, envOverrides);
  }

  /** Starts (or restarts) one app, with `overrides` on top of the harness's environment, and waits until it is ready. */
  async startApp(name: 'api' | 'worker' | 'consumers', overrides: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
    const app = AppProcess.start(name, { ...this.env, ...overrides }, this.logDir);
    this.apps.set(name, app);
    const ready = { api: [/duban api listening/], worker: [/duban worker polling/], consumers: [/audit consumer in group/, /tasks consumer in group/, /enterprises consumer in group/, /notifications consumer in group/, /webhooks consumer in group/, /scores consumer in group/, /index-delivery consumer in group/] }[name];
    // E2E_APP_READY_TIMEOUT_MS: a busy shared machine can take longer than 90 s to bundle the worker's workflows.
    for (const line of ready) await app.waitForOutput(line, Number(process.env['E2E_APP_READY_TIMEOUT_MS'] ?? 90_000));
    return app;
  }

  /**
   * Restarts the consumers app with brand-new groups for `variables` (e.g. `['SCORES_GROUP_ID']`),
   * starting where this harness's groups started: every event this store has ever been fed is
   * delivered again. Returns the new group ids.
   */
  async replayWithNewGroups(variables: string[], suffix: string): Promise<string[]> {
    await this.app('consumers').stop();
    const overrides = Object.fromEntries(variables.map((v) => [v, `${this.env[v] as string}-replay-${suffix}`]));
    await commitGroupOffsets(this.env, Object.values(overrides), this.startOffsets);
    await this.startApp('consumers', overrides);
    return Object.values(overrides);
  }

  /**
   * Waits until each of `groupIds` has members and has committed the latest offset of every topic
   * its members read, twice in a row (nothing still in flight).
   */
  async caughtUp(groupIds: string[], timeoutMs = 240_000): Promise<void> {
    const admin = kafkaOf(this.env, 'e2e-lag').admin();
    await admin.connect();
    try {
      let settled = 0;
      await waitFor(
        `consumer groups ${groupIds.join(', ')} at the end of every topic they read`,
        async () => {
          const described = await admin.describeGroups(groupIds);
          // Where each group stands, for the timeout's message: a group not stable, or the partitions it is behind on.
          const behind: string[] = [];
          for (const group of described.groups) {
            // Still joining, or rebalancing (after a broker restart the members may hold no assignment yet).
            if (group.members.length === 0 || group.state !== 'Stable') {
              behind.push(`${group.groupId} ${group.state} with ${group.members.length} member(s)`);
              continue;
            }
            const topics = new Set(group.members.flatMap((m) => Object.keys(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {})));
            if (topics.size === 0) {
              behind.push(`${group.groupId} with no assignment`);
              continue;
            }
            // The apps' topic namespace, if the test gave one (KAFKA_TOPIC_PREFIX).
            for (const topic of ALL_TOPICS.map((t) => `${this.env['KAFKA_TOPIC_PREFIX'] ?? ''}${t}`).filter((t) => topics.has(t))) {
              const high = await admin.fetchTopicOffsets(topic);
              const [committed] = await admin.fetchOffsets({ groupId: group.groupId, topics: [topic] });
              for (const p of high) {
                const at = committed?.partitions.find((c) => c.partition === p.partition)?.offset ?? '-1';
                const partitionLag = Math.max(0, Number(p.high) - Math.max(0, Number(at)));
                if (partitionLag > 0) behind.push(`${group.groupId} ${topic}/${p.partition} at ${at} of ${p.high}`);
              }
            }
          }
          if (behind.length > 0) {
            settled = 0;
            throw new Error(`not caught up: ${behind.join('; ')}`);
          }
          settled += 1;
          return settled >= 2 ? true : undefined;
        },
        { timeoutMs, intervalMs: 1_000 },
      );
    } finally {
      await admin.disconnect();
    }
  }

  app(name: 'api' | 'worker' | 'consumers'): AppProcess {
    const app = this.apps.get(name);
    if (!app) throw new Error(`${name} was not started`);
    return app;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apps.values()].map((a) => a.stop()));
  }

  token(principal: Principal): Promise<string> {
    return signToken(principal, this.env['JWT_SECRET'] as string);
  }

  /** Asks each server who it is. */
  async identify(): Promise<ServerIdentity> {
    const address = this.env['TEMPORAL_ADDRESS'] as string;
    const connection = await Connection.connect(temporalConnectionFromEnv(this.env));
    const info = await connection.workflowService.getSystemInfo({});
    await connection.close();

    const brokers = (this.env['KAFKA_BROKERS'] as string).split(',');
    const admin = kafkaOf(this.env, 'e2e-identify').admin();
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.disconnect();

    const uri = this.env['MONGODB_URI'] as string;
    const mongo = await MongoClient.connect(uri);
    const build = await mongo.db().admin().command({ buildInfo: 1 });
    await mongo.close();

    return {
      temporal: { address, serverVersion: info.serverVersion ?? 'unknown' },
      kafka: { brokers, clusterId: cluster.clusterId, brokerCount: cluster.brokers.length },
      store: { uri, version: String(build['version']), ...(typeof build['ferretdbVersion'] === 'string' && { ferretdbVersion: build['ferretdbVersion'] }) },
    };
  }

  /** The audit trail of one subject, once it holds at least `count` events. */
  async auditOf(subject: string, supervisorToken: string, count: number): Promise<AuditItem[]> {
    return waitFor(
      `${count} audit events for ${subject}`,
      async () => {
        const res = await this.api.get<{ items: AuditItem[] }>(`/audit/events?subject=${encodeURIComponent(subject)}`, supervisorToken);
        if (res.status !== 200) throw new Error(`audit answered ${res.status}: ${JSON.stringify(res.body)}`);
        return res.body.items.length >= count ? res.body.items : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  }

  /**
   * Reads `path` as `token` until `accept` returns a value: for what the consumers project
   * (the task and escalation inboxes), which lags the API's answer.
   */
  async eventually<B, T>(what: string, path: string, token: string, accept: (body: B) => T | undefined): Promise<T> {
    return waitFor(
      what,
      async () => {
        const res = await this.api.get<B>(path, token);
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
        return accept(res.body);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  }

  /** Removes what a test stored, so a re-run starts clean. */
  /**
   * Removes what a test left behind: its plans' brief schedules (e2e plan ids start with `e2e-`),
   * the workflows still running on its task queue, and its database.
   */
  async cleanUp(): Promise<void> {
    const connection = await Connection.connect(temporalConnectionFromEnv(this.env));
    const client = new Client({ connection, namespace: this.env['TEMPORAL_NAMESPACE'] as string });
    for await (const schedule of client.schedule.list()) {
      if (schedule.scheduleId.startsWith('briefs/e2e-')) await client.schedule.getHandle(schedule.scheduleId).delete();
    }
    const running = client.workflow.list({ query: `TaskQueue = '${this.env['TEMPORAL_TASK_QUEUE']}' AND ExecutionStatus = 'Running'` });
    for await (const workflow of running) await client.workflow.getHandle(workflow.workflowId, workflow.runId).terminate('end-to-end test cleaned up');
    await connection.close();
    await this.dropDatabase();
  }

  async dropDatabase(): Promise<void> {
    const mongo = await MongoClient.connect(this.env['MONGODB_URI'] as string);
    await mongo.db().dropDatabase();
    await mongo.close();
  }
}

/**
 * A kafkajs client for the brokers of `env`, with its TLS and SASL settings (KAFKA_TLS_*,
 * KAFKA_SASL_*) read the way the apps read them: the harness works against the secure stack too.
 */
export const kafkaOf = (env: NodeJS.ProcessEnv, clientId: string): Kafka => new Kafka({ ...kafkaConnectionFromEnv(env), clientId, logLevel: logLevel.NOTHING });

/** The database of a harness named `name`. */
const databaseOf = (name: string): string => `duban_e2e_${name.replace(/[^a-z0-9]/gi, '_')}`;

/** The consumers app's group ids in `env`, one per `*_GROUP_ID` variable. */
export const groupIdsOf = (env: NodeJS.ProcessEnv): string[] =>
  Object.keys(env)
    .filter((v) => /^[A-Z_]+_GROUP_ID$/.test(v))
    .map((v) => env[v] as string);

/** Starts `groupIds` (brand-new, no members yet) at `offsets`: for a test's replay groups. */
export async function commitGroupOffsets(env: NodeJS.ProcessEnv, groupIds: string[], offsets: TopicOffsets[]): Promise<void> {
  await commitOffsets(kafkaOf(env, 'e2e-offsets'), groupIds, offsets);
}

/** Starts `groupIds` at the current end of every existing Duban topic; returns those ends. */
async function startGroupsAtTheEnd(env: NodeJS.ProcessEnv, groupIds: string[]): Promise<TopicOffsets[]> {
  const kafka = kafkaOf(env, 'e2e-offsets');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    return await startGroupsAtEnd(kafka, admin, groupIds, ALL_TOPICS.filter((t) => existing.has(t)));
  } finally {
    await admin.disconnect();
  }
}

export interface AuditItem {
  id: string;
  type: string;
  subject: string;
  sequence: number;
  time: string;
  data: Record<string, unknown> & { actor?: { sub: string; unit: string } };
}
