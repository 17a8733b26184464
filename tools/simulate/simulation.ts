import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Admin } from 'kafkajs';
import { MongoClient } from 'mongodb';
import {
  ALL_TOPICS,
  BRIEF_ROUND_WORKFLOW_TYPE,
  ENTERPRISE_WORKFLOW_TYPE,
  PLAN_WORKFLOW_TYPE,
  acknowledgeEscalationUpdate,
  briefTaskCode,
  completeStepUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  enterpriseViewQuery,
  enterpriseWorkflowId,
  escalationId,
  planViewQuery,
  planWorkflowId,
  reportTargetUpdate,
  requestExtensionUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskWorkflowId,
  type Actor,
  type BriefRoundInput,
  type BriefRoundResult,
  type DubanActivities,
  type DubanEvent,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
  type PlanWorkflowInput,
} from '@duban/contracts';
import { kafkaConnectionFromEnv } from '@duban/config';
import { DEFAULT_PARKS, briefUnits, matchDestinations, type EnterpriseStep, type EscalationPolicy } from '@duban/domain';
import { EventPublisher, configureTopicNamespace, createKafka, ensureTopics, physicalTopic, topicNamespace } from '@duban/kafka';
import { stackConfig } from '@duban/stack';
import { AppProcess, bundleWorkflows, fixedCalendarActivities, timeSkippingEnv, waitFor } from '@duban/testing';
import { Agenda, type AgendaItem } from './agenda';
import { PLAN_LOADED_AT, at, briefActions, buildScenario, stepCompletionDate, type EnterpriseScript, type Scenario, type ScriptedTaskAction } from './scenario';
import { compareScores, type ScoreComparison } from './scores';
import { simulatedTargetReports } from './target-reports';

/** The consumer-group variables of the consumers app; each run gets its own group for every one. */
const GROUP_VARIABLES = ['AUDIT_GROUP_ID', 'TASKS_GROUP_ID', 'ENTERPRISES_GROUP_ID', 'NOTIFICATIONS_GROUP_ID', 'SCORES_GROUP_ID', 'WEBHOOKS_GROUP_ID', 'INDEX_DELIVERY_GROUP_ID'] as const;

export interface SimulationOptions {
  seed: number;
  enterprises: number;
  /** Plan-time end of a shortened run (ISO-8601); default the end of 2012. */
  end?: string;
  /** Keep the run's database afterwards (it is dropped otherwise). */
  keepDatabase?: boolean;
  /** How long to wait for the audit and scores consumers to read the run (default 20 min). */
  catchUpTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface SimulationRun {
  scenario: Scenario;
  runTag: string;
  planId: string;
  database: string;
  /** Every event the workflows published, once each, in publishing order. */
  events: DubanEvent[];
  /** Publish calls, retries included (≥ events.length). */
  publishCalls: number;
  scores: ScoreComparison;
  timings: { simulateMs: number; catchUpMs: number; totalMs: number };
  logDir: string;
}

const ducha: Actor = { sub: 'ducha.sim', unit: 'DUCHA', roles: ['supervisor'] };
const official = (unit: string): Actor => ({ sub: `${unit.toLowerCase()}.sim`, unit, roles: ['official'] });

/**
 * Runs the seed plan on its real dates under Temporal time skipping, publishing through real
 * Kafka into the real consumers app (its own database and consumer groups), then compares the
 * live scores with a recompute from that database's audit log. The stack must be running.
 */
export async function runSimulation(options: SimulationOptions): Promise<SimulationRun> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const stack = stackConfig();
  const runTag = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const planId = `shenzhen-2009-98-sim-${runTag}`;
  const database = `duban_sim_${runTag}`;
  const scenario = buildScenario({ seed: options.seed, planId, enterpriseSuffix: runTag.toUpperCase(), enterprises: options.enterprises, ...(options.end !== undefined && { end: options.end }) });
  const logDir = path.join(stack.dataDir, 'logs', `simulate-${runTag}`);
  // Its own topics too: a running instance's consumers never see the simulation's events (they
  // would project a simulated plan into its inboxes, scores and audit log), nor it theirs.
  const topicPrefix = `duban-sim-${runTag}.`;
  const env: NodeJS.ProcessEnv = {
    ...stack.appEnv,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    MONGODB_URI: stack.appEnv.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, `/${database}$1`),
    ...Object.fromEntries(GROUP_VARIABLES.map((v) => [v, `duban-${v.replace('_GROUP_ID', '').toLowerCase()}-sim-${runTag}`])),
  };
  const groups = GROUP_VARIABLES.map((v) => env[v] as string);
  const kafka = createKafka({ ...kafkaConnectionFromEnv(env), clientId: `duban-simulate-${runTag}` });

  const cleanups: (() => Promise<void>)[] = [];
  /** Runs after every other clean-up: FerretDB 1.24 can crash (SIGBUS) when a database is dropped while a client still reads it. */
  let dropDatabase: (() => Promise<void>) | undefined;
  const cleanUp = async () => {
    const failed = (e: unknown) => log(`clean-up step failed: ${e instanceof Error ? e.message : String(e)}`);
    for (const c of cleanups.reverse()) await c().catch(failed);
    await dropDatabase?.().catch(failed);
  };
  const outerNamespace = topicNamespace();
  configureTopicNamespace(topicPrefix);
  try {
    const admin = kafka.admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    await ensureTopics(admin);
    const topics = ALL_TOPICS.map(physicalTopic);
    // Runs after the consumers app has stopped (clean-ups run in reverse): nothing reads them then.
    cleanups.push(() => admin.deleteTopics({ topics: [...topics], timeout: 30_000 }));
    cleanups.push(() => admin.deleteGroups(groups).then(() => undefined));
    // The run's topics are brand new, so its groups read them from the start. The broker names
    // their leaders a moment after creating them: until then a client is told "not the leader".
    await waitFor(
      `the broker to serve the run's topics ${topicPrefix}*`,
      async () => {
        try {
          for (const topic of topics) await admin.fetchTopicOffsets(topic);
          return true;
        } catch {
          return undefined;
        }
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    const publisher = new EventPublisher(kafka);
    await publisher.connect();
    cleanups.push(() => publisher.disconnect());
    const published = new Map<string, DubanEvent>();
    let publishCalls = 0;
    // The worker's publish activity (apps/worker/src/publish-event.activity.ts): the same publisher, plus a record for the report.
    const activities: DubanActivities = {
      async publishEvent(event) {
        publishCalls++;
        if (process.env['DUBAN_SIMULATE_TRACE']) log(`publish ${event.type} ${event.subject}`);
        await publisher.publish(event);
        if (!published.has(event.id)) published.set(event.id, event);
      },
      // The historical plan runs on the built-in notices (2009–2013): no notice is loaded at run time.
      ...fixedCalendarActivities(),
    };

    log('temporal: starting the time-skipping test server and bundling the workflows');
    const [testEnv, workflowBundle] = await Promise.all([startTimeSkipping(log), bundleWorkflows()]);
    cleanups.push(() => testEnv.teardown());

    // Its index-delivery consumer signals the simulation's enterprises, so it talks to the test server.
    log(`consumers: starting the consumers app (database ${database}, groups *-sim-${runTag})`);
    const consumers = AppProcess.start('consumers', { ...env, TEMPORAL_ADDRESS: testEnv.address, TEMPORAL_NAMESPACE: testEnv.namespace ?? 'default' }, logDir);
    cleanups.push(() => consumers.stop());
    await consumers.waitForOutput(/audit consumer in group/, 90_000);
    const taskQueue = `simulate-${runTag}`;
    const worker = await Worker.create({ connection: testEnv.nativeConnection, taskQueue, workflowBundle, activities });
    const simStarted = Date.now();
    await worker.runUntil(() => drive(testEnv, taskQueue, scenario, log));
    const simulateMs = Date.now() - simStarted;

    const catchUpStarted = Date.now();
    log(`consumers: waiting until every consumer group has read the ${published.size} events`);
    // The report reads the audit log and the live scores: their two groups are what it waits for. A
    // database kept for reading (the scale bench reads the enterprise list and roll-ups from it) also
    // waits for the groups that keep the lists; without them it was read before they caught up.
    const waitedFor: (typeof GROUP_VARIABLES)[number][] = options.keepDatabase ? ['AUDIT_GROUP_ID', 'SCORES_GROUP_ID', 'TASKS_GROUP_ID', 'ENTERPRISES_GROUP_ID', 'NOTIFICATIONS_GROUP_ID'] : ['AUDIT_GROUP_ID', 'SCORES_GROUP_ID'];
    await waitForConsumers(admin, consumers, waitedFor.map((v) => env[v] as string), options.catchUpTimeoutMs ?? 1_200_000, log);
    const catchUpMs = Date.now() - catchUpStarted;

    const mongo = await MongoClient.connect(env['MONGODB_URI'] as string);
    cleanups.push(() => mongo.close());
    if (!options.keepDatabase) {
      dropDatabase = async () => {
        const client = await MongoClient.connect(env['MONGODB_URI'] as string);
        await client.db().dropDatabase();
        await client.close();
      };
    }
    const scores = await compareScores(mongo.db(), planId);

    return { scenario, runTag, planId, database, events: [...published.values()], publishCalls, scores, timings: { simulateMs, catchUpMs, totalMs: Date.now() - started }, logDir };
  } finally {
    await cleanUp();
    configureTopicNamespace(outerNamespace);
  }
}

/** The time-skipping server, retried on a busy machine (see `timeSkippingEnv`), each retry logged. */
function startTimeSkipping(log: (line: string) => void): Promise<TestWorkflowEnvironment> {
  return timeSkippingEnv((message) => log(`temporal: ${message}`));
}

/** The scripted run itself, inside the worker: advance plan time item by item and act. */
async function drive(env: TestWorkflowEnvironment, taskQueue: string, scenario: Scenario, log: (line: string) => void): Promise<void> {
  const { plan } = scenario;
  const policy: EscalationPolicy = plan.escalation;
  const offset = Date.parse(PLAN_LOADED_AT) - (await env.currentTimeMs());
  const planNow = async () => (await env.currentTimeMs()) + offset;
  // A plain client: waiting on a result through it does not let the test server skip time.
  const client = new Client({ connection: env.connection });
  const agenda = new Agenda();
  const end = Date.parse(scenario.end);

  const known = new Set<string>();
  const task = (taskId: string) => {
    known.add(taskWorkflowId(taskId));
    return client.workflow.getHandle(taskWorkflowId(taskId));
  };
  const runTaskAction = async ({ taskId, action }: ScriptedTaskAction): Promise<void> => {
    const handle = task(taskId);
    switch (action.kind) {
      case 'contribute':
        await handle.executeUpdate(contributeUpdate, { args: [{ actor: official(action.unit), summary: `${action.unit} 配合意见` }] });
        return;
      case 'submit':
        await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: official(action.unit), summary: action.summary, evidence: [{ title: '佐证材料', uri: `doc://sim/${taskId}` }] }] });
        return;
      case 'review':
        await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, ...(action.decision === 'accept' ? { decision: 'accept' as const } : { decision: 'reject' as const, reason: action.reason }) }] });
        if (action.decision === 'accept' && briefIds.has(taskId)) await releaseLeakedLock(taskId);
        return;
      case 'request-extension':
        await handle.executeUpdate(requestExtensionUpdate, { args: [{ actor: official(action.unit), newDue: action.newDue, reason: action.reason }] });
        return;
      case 'approve-extension':
        await handle.executeUpdate(decideExtensionUpdate, { args: [{ actor: ducha, decision: 'approve', comment: '同意延期' }] });
        return;
      case 'acknowledge':
        await handle.executeUpdate(acknowledgeEscalationUpdate, { args: [{ actor: ducha, escalationId: escalationId(taskId, action.epoch, action.level), note: '已阅，督促整改' }] });
        return;
    }
  };
  /**
   * The Java time-skipping server leaks one time-skipping lock when a child workflow completes
   * after its parent has closed (measured: the next sleep never ends; one unlock per such
   * completion makes it end, one more than that is refused). A brief is such a child: its round
   * closes as soon as it has started the month's briefs. So once an accepted brief has completed,
   * the simulation gives the leaked lock back.
   */
  const briefIds = new Set<string>();
  const releaseLeakedLock = async (taskId: string): Promise<void> => {
    const handle = task(taskId);
    await waitFor(`brief ${taskId} to complete`, async () => ((await handle.describe()).status.name === 'RUNNING' ? undefined : true), { timeoutMs: 30_000, intervalMs: 20 });
    const testService = env.connection.testService;
    if (!testService) throw new Error('the simulation needs the time-skipping test server');
    await testService.unlockTimeSkipping({});
  };
  const schedule = (a: ScriptedTaskAction) => agenda.add(a.at, `${a.action.kind} ${a.taskId}`, () => runTaskAction(a));

  // The plan, loaded on its issue date, starts its 11 task workflows.
  agenda.add(PLAN_LOADED_AT, `load ${plan.planId}`, async () => {
    const input: PlanWorkflowInput = { plan, actor: { sub: 'admin.sim', unit: 'LGO', roles: ['admin'] }, template: { name: 'shenzhen-2009-98', rebaseTo: null }, clockOffsetMs: offset };
    known.add(planWorkflowId(plan.planId));
    await client.workflow.start(PLAN_WORKFLOW_TYPE, { taskQueue, workflowId: planWorkflowId(plan.planId), args: [input] });
    const last = scenario.tasks.at(-1);
    if (last) await waitFor(`task ${last.taskId} to start`, () => task(last.taskId).describe().then(() => true), { timeoutMs: 30_000, intervalMs: 50 });
  });
  // The owning units report the plan's targets (issue 11); a plan that completed takes no more.
  for (const r of simulatedTargetReports(plan, scenario.end)) {
    agenda.add(r.at, `report ${r.targetCode} ${r.period}`, async () => {
      const handle = client.workflow.getHandle(planWorkflowId(plan.planId));
      if ((await handle.query(planViewQuery)).status !== 'running') return log(`${plan.planId} has completed: ${r.targetCode} ${r.period} not reported`);
      const figures = r.values ? { values: r.values } : { value: r.value ?? 0 };
      await handle.executeUpdate(reportTargetUpdate, { args: [{ actor: official(r.owner), targetCode: r.targetCode, period: r.period, evidence: [], ...figures }] });
    });
  }
  for (const t of scenario.tasks) {
    known.add(taskWorkflowId(t.taskId));
    t.actions.forEach(schedule);
  }

  // The monthly brief rounds, at the times the schedule would start them (the test server has no schedules).
  const units = briefUnits(plan);
  for (const round of scenario.briefRounds) {
    agenda.add(round.at, `brief round ${round.period}`, async () => {
      const input: BriefRoundInput = { planId: plan.planId, planTitle: plan.title, units, dueWorkingDayOfNextMonth: plan.briefs.dueWorkingDayOfNextMonth, escalation: policy, period: round.period, clockOffsetMs: offset };
      const result: BriefRoundResult = await client.workflow.execute(BRIEF_ROUND_WORKFLOW_TYPE, { taskQueue, workflowId: `briefs/${plan.planId}/${round.period}`, args: [input] });
      for (const unit of units) {
        const taskId = `${plan.planId}.${briefTaskCode(round.period)}.${unit}`;
        known.add(taskWorkflowId(taskId));
        briefIds.add(taskId);
        const outcome = scenario.briefs[`${round.period}.${unit}`] ?? 'on-time';
        briefActions(taskId, unit, result.due, outcome, scenario.seed, policy).forEach(schedule);
      }
    });
  }

  // Enterprises: registered by their district; each opened step is completed as scripted.
  const scheduled = new Set<string>();
  const follow = (script: EnterpriseScript, view: EnterpriseView): void => {
    for (const step of view.steps.filter((s) => s.status === 'open')) {
      const key = `${view.id}/${step.step}`;
      if (scheduled.has(key)) continue;
      scheduled.add(key);
      const decision = script.steps[step.step] ?? { late: false, fraction: 0.5 };
      const day = stepCompletionDate(decision, shanghaiDate(step.openedAt), step.due);
      agenda.add(at(day, 11, 0), `complete ${key}`, async () => {
        const next = await client.workflow.getHandle(enterpriseWorkflowId(view.id)).executeUpdate(completeStepUpdate, {
          args: [{ actor: official(step.unit), step: step.step, payload: stepPayload(script, step.step, day) }],
        });
        follow(script, next);
      });
    }
  };
  const classified = async (script: EnterpriseScript): Promise<void> => {
    const handle = client.workflow.getHandle(enterpriseWorkflowId(script.registration.id));
    const view = await waitFor(`${script.registration.id} to be classified`, async () => {
      const v = await handle.query(enterpriseViewQuery);
      return v.status === 'awaiting-index' ? undefined : v;
    }, { timeoutMs: 30_000, intervalMs: 50 });
    if (view.track !== script.track) throw new Error(`${view.id}: the workflow classified it ${view.track}, the script expected ${script.track}`);
    follow(script, view);
  };
  const waiting: EnterpriseScript[] = [];
  let indexAvailable = false;
  for (const script of scenario.enterprises) {
    agenda.add(script.registerAt, `register ${script.registration.id}`, async () => {
      // As the API registers one: with the plan's index when it has one, else asking the plan for it.
      const { evaluationIndex } = await client.workflow.getHandle(planWorkflowId(plan.planId)).query(planViewQuery);
      const input: EnterpriseWorkflowInput = {
        registration: script.registration,
        planId: plan.planId,
        registeredBy: official(script.registration.district),
        escalation: policy,
        clockOffsetMs: offset,
        ...(evaluationIndex ? { index: evaluationIndex } : { planWorkflowId: planWorkflowId(plan.planId) }),
      };
      known.add(enterpriseWorkflowId(script.registration.id));
      await client.workflow.start(ENTERPRISE_WORKFLOW_TYPE, { taskQueue, workflowId: enterpriseWorkflowId(script.registration.id), args: [input] });
      if (indexAvailable) await classified(script);
      else waiting.push(script);
    });
  }
  // T1's acceptance hands the index to the enterprises waiting for it.
  const t1Accept = scenario.tasks.find((t) => t.taskCode === 'T1')?.actions.find((a) => a.action.kind === 'review');
  if (t1Accept) {
    agenda.add(new Date(Date.parse(t1Accept.at) + 60_000).toISOString(), 'enterprises waiting for the index are classified', async () => {
      indexAvailable = true;
      for (const script of waiting.splice(0)) await classified(script);
    });
  }

  let done = 0;
  let lastYear = '';
  for (let item = agenda.next(); item && item.at <= end; item = agenda.next()) {
    // Everything due at the same instant concerns different tasks, briefs or enterprises: run it together.
    const batch = [item];
    while (agenda.peekAt() === item.at) batch.push(agenda.next() as AgendaItem);
    const ms = item.at - (await planNow());
    if (ms > 0) {
      const watchdog = process.env['DUBAN_SIMULATE_TRACE'] ? setTimeout(() => void diagnose(client, [...known]).then(log), 15_000) : undefined;
      await env.sleep(ms);
      clearTimeout(watchdog);
    }
    if (process.env['DUBAN_SIMULATE_TRACE']) log(`${new Date(item.at).toISOString()} ${batch.map((b) => b.label).join('; ')}`);
    await Promise.all(
      batch.map((b) =>
        b.run().catch((e: unknown) => {
          throw new Error(`simulation step "${b.label}" at ${new Date(b.at).toISOString()} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }),
      ),
    );
    done += batch.length;
    const year = new Date(item.at + 8 * 3_600_000).toISOString().slice(0, 4);
    if (year !== lastYear) log(`simulated ${year}… (${done} actions so far)`);
    lastYear = year;
  }
  const ms = end - (await planNow());
  if (ms > 0) await env.sleep(ms);
  log(`simulated to ${scenario.end}: ${done} scripted actions`);
}

async function diagnose(client: Client, ids: string[]): Promise<string> {
  const out: string[] = ['sleep is slow; open work:'];
  for (const id of ids) {
    const d = await client.workflow.getHandle(id).describe().catch(() => undefined);
    if (!d || d.status.name !== 'RUNNING') continue;
    const raw = d.raw;
    out.push(`${id}: history ${d.historyLength} activities ${JSON.stringify(raw.pendingActivities?.map((a) => [a.activityType?.name, a.state, a.attempt, a.lastFailure?.message]))} wft ${JSON.stringify(raw.pendingWorkflowTask)}`);
  }
  return out.join('\n');
}

function shanghaiDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A valid record of each step, as the owning unit would enter it. */
function stepPayload(script: EnterpriseScript, step: EnterpriseStep, day: string): Record<string, unknown> {
  const e = script.registration;
  switch (step) {
    case 'intention':
      return { decision: script.intention, note: script.intention === 'upgrade' ? '企业选择原地优化提升' : script.intention === 'exit' ? '企业自愿退出' : '企业自愿转移' };
    case 'destination': {
      const match = matchDestinations(e, { track: script.track, score: script.score }, DEFAULT_PARKS);
      const best = match.candidates[0];
      if (!best) throw new Error(`${e.id}: no destination park fits, yet the script chose transfer`);
      return { parkId: best.parkId, parkName: best.name, region: best.region, reasons: best.reasons.slice(0, 20) };
    }
    case 'site-visit':
      return { visitedOn: day, participants: 6, notes: '区政府组织赴园区考察' };
    case 'negotiation':
      return { summary: '与园区管委会洽谈用地与配套' };
    case 'agreement':
      return { signedOn: day, agreementRef: `AGR-${e.id}` };
    case 'legacy-land':
      return { resolution: 'revitalised', notes: '原厂房纳入存量盘活' };
    case 'labour':
      return { disputesResolved: 3, workersRetrained: 40, notes: '劳动合同纠纷已调处' };
    case 'relocation':
      return { relocatedOn: day };
    case 'operating':
      return { startedOn: day };
    case 'follow-up':
      return { notes: '延伸服务：协调用工与物流' };
    case 'upgrade':
      return { plan: '技术改造与产品升级方案' };
    case 'notice':
      return { noticeRef: `NOTICE-${e.id}` };
    case 'order':
      return { order: script.order, deadline: day };
    case 'closure-verified':
      return { verifiedOn: day, notes: '现场核查' };
    case 'support-plan':
      return { measures: ['研发资助', '用地保障'] };
    case 'periodic-review':
      return { outcome: '扶持措施落实良好' };
    case 'hq-rooting':
      return { measures: ['总部用房保障', '人才安居'] };
    case 'exit-plan':
      return { plan: '有序停产、设备处置与员工安置', exitBy: day };
    case 'exit-verified':
      return { verifiedOn: day, notes: '现场核查' };
    case 'closure-decision':
      return { decisionRef: `CLOSE-${e.id}`, closeBy: day };
  }
}

/**
 * Until every group that has a consumer has committed past the end each partition had when the
 * run stopped publishing. Other runs may be publishing on the same topics meanwhile: their later
 * events are not waited for.
 */
async function waitForConsumers(admin: Admin, consumers: AppProcess, groups: string[], timeoutMs: number, log: (line: string) => void): Promise<void> {
  // Each consumer logs its group and topics at start: `… consumer in group G on t1, t2`.
  const topicsOf = new Map<string, string[]>();
  for (const m of consumers.log.matchAll(/consumer in group (\S+) on ([a-z0-9., -]+)/g)) {
    if (groups.includes(m[1] as string)) topicsOf.set(m[1] as string, (m[2] as string).split(',').map((t) => t.trim()).filter(Boolean).map(physicalTopic));
  }
  const active = [...topicsOf.keys()];
  const targets = new Map<string, bigint>();
  for (const topic of ALL_TOPICS.map(physicalTopic)) for (const p of await admin.fetchTopicOffsets(topic)) targets.set(`${topic}/${p.partition}`, BigInt(p.high));
  if (active.length < groups.length) throw new Error(`the consumers app did not start a consumer in each of ${groups.join(', ')}`);
  let lastReport = Date.now();
  await waitFor(
    `consumer groups ${active.join(', ')} to read every event of the run`,
    async () => {
      let behind = 0n;
      for (const groupId of active) {
        for (const t of await admin.fetchOffsets({ groupId, topics: topicsOf.get(groupId) ?? [] })) {
          for (const p of t.partitions) {
            const target = targets.get(`${t.topic}/${p.partition}`) ?? 0n;
            // -1: the group has committed nothing there yet (on the run's brand-new topics, a
            // partition that never got an event stays so): it has read from offset 0.
            const committed = p.offset === '-1' ? 0n : BigInt(p.offset);
            if (committed < target) behind += target - committed;
          }
        }
      }
      if (behind > 0n && Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        log(`consumers: ${behind} messages still to read`);
      }
      return behind === 0n ? true : undefined;
    },
    { timeoutMs, intervalMs: 500 },
  );
}
