import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { signToken, type Principal } from '@duban/auth';
import { kafkaConnectionFromEnv, temporalConnectionFromEnv } from '@duban/config';
import { ALL_TOPICS } from '@duban/contracts';
import type { StackConfig } from '@duban/stack';
import { ApiClient, AppProcess, freePort, startGroupsAtEnd } from '@duban/testing';

/** Every consumer group the consumers app reads with; each gets a fuzz-only id. */
const GROUP_VARIABLES = ['AUDIT_GROUP_ID', 'TASKS_GROUP_ID', 'ENTERPRISES_GROUP_ID', 'NOTIFICATIONS_GROUP_ID', 'SCORES_GROUP_ID', 'WEBHOOKS_GROUP_ID', 'INDEX_DELIVERY_GROUP_ID'] as const;

/** What each app prints once it is ready (the lines the end-to-end harness waits for). */
const READY: Record<'api' | 'worker' | 'consumers', RegExp[]> = {
  api: [/duban api listening/],
  worker: [/duban worker polling/],
  consumers: [/audit consumer in group/, /tasks consumer in group/, /enterprises consumer in group/, /notifications consumer in group/, /webhooks consumer in group/, /scores consumer in group/, /index-delivery consumer in group/],
};

/** A busy shared machine can take over a minute to bundle the worker's workflows. */
const APP_READY_TIMEOUT_MS = 120_000;

/**
 * Duban's three apps for one fuzz run, as child processes against the local stack (the way the
 * end-to-end harness and the bench start them), with their own database, task queue and
 * consumer groups started at the current end of every topic: whatever the fuzzer writes stays
 * in this run and {@link FuzzApps.cleanUp} removes it.
 */
export class FuzzApps {
  readonly api: ApiClient;
  private readonly apps: AppProcess[] = [];

  private constructor(
    readonly runId: string,
    readonly env: NodeJS.ProcessEnv,
    readonly baseUrl: string,
    readonly logDir: string,
  ) {
    this.api = new ApiClient(baseUrl);
  }

  /** `overrides` go on top of every app's environment. */
  static async start(stack: StackConfig, overrides: NodeJS.ProcessEnv, log: (line: string) => void): Promise<FuzzApps> {
    const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...stack.appEnv,
      MONGODB_URI: stack.appEnv.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, `/duban_fuzz_${runId}$1`),
      TEMPORAL_TASK_QUEUE: `fuzz-${runId}`,
      ...Object.fromEntries(GROUP_VARIABLES.map((v) => [v, `duban-${v.replace('_GROUP_ID', '').toLowerCase().replace(/_/g, '-')}-fuzz-${runId}`])),
      JWT_SECRET: randomBytes(32).toString('hex'),
      // The document lists the dev sign-in routes: fuzz them as `npm start` serves them.
      DEV_SIGN_IN: 'on',
      ...auditChainKey(stack),
      PORT: String(port),
      HOST: '127.0.0.1',
      ...overrides,
    };
    const apps = new FuzzApps(runId, env, `http://127.0.0.1:${port}`, path.join(stack.dataDir, 'logs', `fuzz-${runId}`));
    const kafka = apps.kafka();
    const admin = kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      await startGroupsAtEnd(kafka, admin, apps.groupIds, ALL_TOPICS.filter((t) => existing.has(t)));
    } finally {
      await admin.disconnect();
    }
    log(`apps: api, worker and consumers (database duban_fuzz_${runId}, task queue fuzz-${runId}, logs ${apps.logDir})`);
    const started = await Promise.allSettled((['worker', 'consumers', 'api'] as const).map((name) => apps.startApp(name)));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      // The apps that did start would outlive the run.
      await Promise.all(apps.apps.map((a) => a.stop()));
      throw failed.reason;
    }
    return apps;
  }

  get groupIds(): string[] {
    return GROUP_VARIABLES.map((v) => this.env[v] as string);
  }

  /** The API's own log so far (for the lines behind a 5xx). */
  get apiLog(): string {
    return this.apps.find((a) => a.name === 'api')?.log ?? '';
  }

  token(principal: Principal): Promise<string> {
    return signToken(principal, this.env['JWT_SECRET'] as string);
  }

  private async startApp(name: 'api' | 'worker' | 'consumers'): Promise<void> {
    const app = AppProcess.start(name, this.env, this.logDir);
    this.apps.push(app);
    for (const line of READY[name]) await app.waitForOutput(line, APP_READY_TIMEOUT_MS);
  }

  private kafka(): Kafka {
    return new Kafka({ ...kafkaConnectionFromEnv(this.env), clientId: `duban-fuzz-${this.runId}`, logLevel: logLevel.NOTHING });
  }

  /**
   * Stops the apps, terminates the workflows still running on the run's task queue, deletes the
   * brief schedules that start workflows on it (the seed plan's and any plan the fuzzer loaded
   * under an id it generated) and the run's consumer groups, and drops its database. Every step is tried; failures are reported, not thrown, so one does
   * not leave the rest behind.
   */
  async cleanUp(log: (line: string) => void): Promise<void> {
    const attempt = async (what: string, step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (e) {
        log(`clean-up: ${what} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
    await attempt('stopping the apps', () => Promise.all(this.apps.map((a) => a.stop())));
    const mongo = await MongoClient.connect(this.env['MONGODB_URI'] as string);
    try {
      await attempt('terminating the workflows and brief schedules', async () => {
        const connection = await Connection.connect(temporalConnectionFromEnv(this.env));
        try {
          const client = new Client({ connection, namespace: this.env['TEMPORAL_NAMESPACE'] as string });
          // A schedule runs on the task queue it was created with: that is what ties it to this run.
          for await (const summary of client.schedule.list()) {
            const handle = client.schedule.getHandle(summary.scheduleId);
            const action = (await handle.describe()).action;
            if (action.type === 'startWorkflow' && action.taskQueue === this.env['TEMPORAL_TASK_QUEUE']) await handle.delete();
          }
          const running = client.workflow.list({ query: `TaskQueue = '${this.env['TEMPORAL_TASK_QUEUE'] as string}' AND ExecutionStatus = 'Running'` });
          for await (const workflow of running) await client.workflow.getHandle(workflow.workflowId, workflow.runId).terminate('fuzz run cleaned up');
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
      await attempt('dropping the database', () => mongo.db().dropDatabase());
    } finally {
      await mongo.close();
    }
  }
}

/**
 * The run's own audit chain key, like its own JWT secret, unless the stack's environment or ours
 * names one already (both set at once is a configuration error of the apps).
 */
function auditChainKey(stack: StackConfig): NodeJS.ProcessEnv {
  const given: NodeJS.ProcessEnv = { ...process.env, ...stack.appEnv };
  if (given['AUDIT_CHAIN_KEY'] !== undefined || given['AUDIT_CHAIN_KEY_FILE'] !== undefined) return {};
  return { AUDIT_CHAIN_KEY: randomBytes(32).toString('hex') };
}
