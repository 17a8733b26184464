import { randomBytes } from 'node:crypto';
import { Client, Connection as TemporalConnection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import mongoose, { type Connection, type Model } from 'mongoose';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  EventType,
  PLAN_WORKFLOW_TYPE,
  enterpriseViewQuery,
  enterpriseWorkflowId,
  planWorkflowId,
  setEvaluationIndexUpdate,
  taskWorkflowId,
  type Actor,
  type DubanEvent,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
  type PlanWorkflowInput,
} from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, SHENZHEN_2009_98, SZ_2009_INDEX_V1, parsePlanDefinition, type EnterpriseRegistration, type EvaluationIndexDefinition } from '@duban/domain';
import { IndexDeliveryRepository, IndexWaiterRecord, IndexWaiterRecordSchema, PlanIndexRecord, PlanIndexRecordSchema } from '@duban/persistence';
import { stackConfig } from '@duban/stack';
import { bundleWorkflows, recordingActivities, waitFor } from '@duban/testing';
import { deliverIndexOn } from './index-delivery.consumer';
import { IndexDeliveryService } from './index-delivery.service';
import { TemporalIndexSignaller, type IndexSignaller, type SignalOutcome } from './index-signaller';

/**
 * The index-delivery handlers against the real stack: FerretDB for where the two events meet,
 * the Temporal dev server running the real plan and enterprise workflows (a worker in this
 * process records the events they publish), and the real Temporal signaller. The events fed to
 * the handler are the ones the workflows published. Both orders of the two events end with every
 * enterprise classified; feeding an event again (a Kafka redelivery) changes nothing.
 */
const stack = stackConfig();
const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const RUN = runId.toUpperCase();
const uri = stack.appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_index_delivery_${runId}`);
const address = stack.appEnv.TEMPORAL_ADDRESS;
const namespace = stack.appEnv.TEMPORAL_NAMESPACE;
const taskQueue = `int-index-delivery-${runId}`;
const CONCURRENCY = 20;

const admin: Actor = { sub: 'admin', unit: 'LGO', roles: ['admin'] };

/** A labour-intensive, low-margin toy maker: score 28, track C with the default index. */
const toyMaker = (id: string): EnterpriseRegistration => ({
  id,
  name: '宝安某玩具厂',
  district: 'BAOAN',
  industry: 'toys',
  indicators: { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
});

/** Counts the signals in flight through the real signaller, to check the bound. */
class CountingSignaller implements IndexSignaller {
  inFlight = 0;
  maxInFlight = 0;
  calls = 0;
  constructor(private readonly inner: IndexSignaller) {}
  async signal(workflowId: string, index: EvaluationIndexDefinition): Promise<SignalOutcome> {
    this.calls++;
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    try {
      return await this.inner.signal(workflowId, index);
    } finally {
      this.inFlight--;
    }
  }
}

let connection: Connection;
let waiters: Model<IndexWaiterRecord>;
let planIndexes: Model<PlanIndexRecord>;
let temporal: TemporalConnection;
let client: Client;
let nativeConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
let signaller: TemporalIndexSignaller;
let counting: CountingSignaller;
let service: IndexDeliveryService;
const { events, activities } = recordingActivities();
const warnings: string[] = [];
const started: string[] = [];

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  planIndexes = connection.model(PlanIndexRecord.name, PlanIndexRecordSchema);
  waiters = connection.model(IndexWaiterRecord.name, IndexWaiterRecordSchema);
  await Promise.all([planIndexes.init(), waiters.init()]);
  temporal = await TemporalConnection.connect({ address });
  client = new Client({ connection: temporal, namespace });
  nativeConnection = await NativeConnection.connect({ address });
  worker = await Worker.create({ connection: nativeConnection, namespace, taskQueue, workflowBundle: await bundleWorkflows(), activities });
  running = worker.run();
  signaller = new TemporalIndexSignaller({ address, namespace, timeoutMs: 5000 });
  counting = new CountingSignaller(signaller);
  service = new IndexDeliveryService(new IndexDeliveryRepository(planIndexes, waiters), counting, CONCURRENCY, { log: () => undefined, warn: (m) => warnings.push(m) });
});

afterAll(async () => {
  for (const workflowId of started) {
    await client
      ?.workflow.getHandle(workflowId)
      .terminate('integration test done')
      .catch(() => undefined);
  }
  worker?.shutdown();
  await running;
  await nativeConnection?.close();
  await signaller?.close();
  await temporal?.close();
  await connection?.dropDatabase();
  await connection?.close();
});

/** The one event of `type` a workflow published on `subject`, once it has. */
function published<T extends EventType>(type: T, subject: string): Promise<DubanEvent<T>> {
  return waitFor(`${type} on ${subject}`, async () => events.find((e): e is DubanEvent<T> => e.type === type && e.subject === subject), { timeoutMs: 60_000, intervalMs: 100 });
}

/** A plan without T1 (only T3, due far away), so its index comes from an admin. */
async function startPlan(planId: string): Promise<void> {
  const seed = parsePlanDefinition(SHENZHEN_2009_98);
  const plan = { ...seed, planId, tasks: seed.tasks.filter((t) => t.code === 'T3').map((t) => ({ ...t, due: '2099-12-31' })) };
  const input: PlanWorkflowInput = { plan, actor: admin };
  await client.workflow.start(PLAN_WORKFLOW_TYPE, { taskQueue, workflowId: planWorkflowId(planId), args: [input] });
  started.push(planWorkflowId(planId), taskWorkflowId(`${planId}.T3.STIIC`));
}

async function setIndex(planId: string): Promise<DubanEvent<typeof EventType.EvaluationIndexSet>> {
  await client.workflow.getHandle(planWorkflowId(planId)).executeUpdate(setEvaluationIndexUpdate, { args: [{ actor: admin, index: SZ_2009_INDEX_V1 }] });
  return published(EventType.EvaluationIndexSet, planId);
}

/** Registers an enterprise as the API does while its plan has no index; answers its awaiting-index event. */
async function register(id: string, planId: string): Promise<DubanEvent<typeof EventType.EnterpriseAwaitingIndex>> {
  const input: EnterpriseWorkflowInput = { registration: toyMaker(id), planId, registeredBy: { sub: 'baoan.official', unit: 'BAOAN', roles: ['official'] }, escalation: DEFAULT_ESCALATION_POLICY, planWorkflowId: planWorkflowId(planId) };
  await client.workflow.start(ENTERPRISE_WORKFLOW_TYPE, { taskQueue, workflowId: enterpriseWorkflowId(id), args: [input] });
  started.push(enterpriseWorkflowId(id));
  return published(EventType.EnterpriseAwaitingIndex, id);
}

const view = (id: string): Promise<EnterpriseView> => client.workflow.getHandle(enterpriseWorkflowId(id)).query(enterpriseViewQuery);
const classified = (id: string): Promise<EnterpriseView> =>
  waitFor(`${id} to be classified`, async () => {
    const v = await view(id);
    return v.status === 'awaiting-index' ? undefined : v;
  }, { timeoutMs: 60_000, intervalMs: 100 });
const classifications = (id: string): number => events.filter((e) => e.type === EventType.EnterpriseClassified && e.subject === id).length;
const waitersOf = (planId: string): Promise<number> => waiters.countDocuments({ planId }).exec();

describe('index delivery (FerretDB + Temporal)', () => {
  it('index first, then the enterprise: signalled the moment it says it waits; both events again change nothing', async () => {
    const planId = `int-index-first-${runId}`;
    const id = `ENT-${RUN}-FIRST`;
    await startPlan(planId);
    const indexSet = await setIndex(planId);
    expect(indexSet.data).toEqual({ planId, index: SZ_2009_INDEX_V1 });

    await deliverIndexOn(indexSet, service);
    expect(await planIndexes.findById(planId).lean().exec()).toMatchObject({ _id: planId, eventId: indexSet.id, index: SZ_2009_INDEX_V1 });
    const awaiting = await register(id, planId);
    expect((await view(id)).status).toBe('awaiting-index');

    await deliverIndexOn(awaiting, service);
    const first = await classified(id);
    expect(first).toMatchObject({ status: 'active', track: 'C', classification: { indexVersion: 'sz-2009-v1', score: 28 } });
    expect(await waitersOf(planId)).toBe(0);

    // Redelivered, in either order: at most a duplicate signal, which the enterprise ignores.
    await deliverIndexOn(awaiting, service);
    await deliverIndexOn(indexSet, service);
    await waitFor(`${id} to have handled every signal`, async () => {
      const history = await client.workflow.getHandle(enterpriseWorkflowId(id)).fetchHistory();
      const signals = (history.events ?? []).filter((e) => e.workflowExecutionSignaledEventAttributes).length;
      return signals >= 2 ? true : undefined;
    }, { timeoutMs: 30_000, intervalMs: 100 });
    expect(await view(id)).toEqual(first);
    expect(classifications(id)).toBe(1);
    expect(await waitersOf(planId)).toBe(0);
    expect(await planIndexes.countDocuments({ _id: planId }).exec()).toBe(1);
  });

  it('enterprises first, then the index: every waiter signalled (at most 20 at a time) and deleted, a closed or missing workflow dropped; the index again changes nothing', async () => {
    const planId = `int-awaiting-first-${runId}`;
    const ids = Array.from({ length: 25 }, (_, i) => `ENT-${RUN}-W${String(i).padStart(2, '0')}`);
    await startPlan(planId);
    const awaiting = await Promise.all(ids.map((id) => register(id, planId)));
    for (const event of awaiting) await deliverIndexOn(event, service);
    expect(await waitersOf(planId)).toBe(ids.length);

    // One that closed before the index came, and one whose workflow never existed.
    const closedId = `ENT-${RUN}-CLOSED`;
    const closed = await register(closedId, planId);
    await deliverIndexOn(closed, service);
    await client.workflow.getHandle(enterpriseWorkflowId(closedId)).terminate('closed before the index came');
    const missingId = `ENT-${RUN}-MISSING`;
    await deliverIndexOn({ ...closed, id: `${closed.id}-missing`, subject: missingId, data: { enterpriseId: missingId, planId } }, service);
    expect(await waitersOf(planId)).toBe(ids.length + 2);
    expect(ids.every((id) => classifications(id) === 0)).toBe(true);

    const indexSet = await setIndex(planId);
    const callsBefore = counting.calls;
    expect(await service.indexSet(planId, indexSet.data.index, indexSet.id)).toEqual({ signalled: ids.length, gone: 2 });
    expect(counting.calls - callsBefore).toBe(ids.length + 2);
    expect(counting.maxInFlight).toBeGreaterThan(1);
    expect(counting.maxInFlight).toBeLessThanOrEqual(CONCURRENCY);
    expect(await waitersOf(planId)).toBe(0);
    expect(warnings.filter((w) => w.includes(closedId) || w.includes(missingId))).toHaveLength(2);

    const views = await Promise.all(ids.map(classified));
    expect(views.every((v) => v.track === 'C' && v.classification?.indexVersion === 'sz-2009-v1')).toBe(true);
    // The view answers before the classified event's publish activity has run.
    await waitFor('every classified event published', async () => (ids.every((id) => classifications(id) > 0) ? true : undefined), { timeoutMs: 60_000, intervalMs: 100 });

    // Redelivered: nobody is left waiting, so nothing is signalled, and nothing changes.
    const callsAfter = counting.calls;
    await deliverIndexOn(indexSet, service);
    expect(counting.calls).toBe(callsAfter);
    expect(await Promise.all(ids.map(view))).toEqual(views);
    expect(ids.map(classifications)).toEqual(ids.map(() => 1));
  });
});
