import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { signToken, type Principal } from '@duban/auth';
import { stackConfig } from '@duban/stack';
import { ApiClient, AppProcess, freePort, waitFor } from '@duban/testing';

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
  private readonly apps = new Map<'api' | 'worker' | 'consumers', AppProcess>();

  private constructor(
    readonly name: string,
    readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
    port: number,
  ) {
    this.api = new ApiClient(`http://127.0.0.1:${port}`);
  }

  static async start(name: string): Promise<DubanHarness> {
    const stack = stackConfig();
    const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    const port = await freePort();
    const database = `duban_e2e_${name.replace(/[^a-z0-9]/gi, '_')}`;
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
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      HOST: '127.0.0.1',
    };
    const harness = new DubanHarness(name, env, path.join(stack.dataDir, 'logs', `e2e-${name}-${runId}`), port);
    await Promise.all([harness.startApp('worker'), harness.startApp('consumers'), harness.startApp('api')]);
    return harness;
  }

  /** Starts (or restarts) one app and waits until it is ready. */
  async startApp(name: 'api' | 'worker' | 'consumers'): Promise<AppProcess> {
    const app = AppProcess.start(name, this.env, this.logDir);
    this.apps.set(name, app);
    const ready = { api: [/duban api listening/], worker: [/duban worker polling/], consumers: [/audit consumer in group/, /tasks consumer in group/, /enterprises consumer in group/] }[name];
    for (const line of ready) await app.waitForOutput(line, 90_000);
    return app;
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
    const connection = await Connection.connect({ address });
    const info = await connection.workflowService.getSystemInfo({});
    await connection.close();

    const brokers = (this.env['KAFKA_BROKERS'] as string).split(',');
    const admin = new Kafka({ brokers, clientId: 'e2e-identify', logLevel: logLevel.NOTHING }).admin();
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
    const connection = await Connection.connect({ address: this.env['TEMPORAL_ADDRESS'] as string });
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

export interface AuditItem {
  id: string;
  type: string;
  subject: string;
  sequence: number;
  time: string;
  data: Record<string, unknown> & { actor?: { sub: string; unit: string } };
}
