import type { Db } from 'mongodb';
import { ENTERPRISE_LIST, ESCALATION_LIST, listBucketOf } from '@duban/persistence';
import { mulberry32 } from '@duban/testing';
import { DEFAULT_PARKS, DISTRICT_CODES, INDUSTRY_CODES, STEP_DEFINITIONS, mainChain, type EnterpriseStep, type EnterpriseTrack } from '@duban/domain';

/**
 * Realistic read-model documents for the read benchmark at scale. The workflows are not run
 * 100,000 times: the `enterprises` projection and the 督查室 `escalations` are written directly, in
 * the shapes the consumers keep (checked against the persistence schemas by seed.spec.ts), spread
 * over the 8 districts, the four tracks, every status and step, with deadlines from 60 days past
 * to 90 days ahead, so filters, sorts and the overdue flag see the mix a real programme has.
 */

/** Ids of seeded enterprises: `BENCH-000123`; never a real registration's. */
export const seededEnterpriseId = (i: number): string => `BENCH-${i.toString().padStart(6, '0')}`;

/** One escalation case for every this many seeded enterprises. */
export const ENTERPRISES_PER_ESCALATION = 10;

const DAY_MS = 86_400_000;

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

/** The end of a Shanghai calendar day, as the projections store deadlines. */
const endOfShanghaiDay = (day: Date): { due: string; deadline: Date } => {
  const due = new Date(day.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { due, deadline: new Date(`${due}T23:59:59.999+08:00`) };
};

const ownerOf = (step: EnterpriseStep, district: string): string => {
  const owner = STEP_DEFINITIONS[step].owner;
  return owner === 'district' ? district : owner;
};

interface OpenStep {
  step: string;
  stepId: string;
  unit: string;
  due: string;
  deadline: Date;
  openedAt: Date;
}

/** An `enterprises` projection document (EnterpriseRecord) as the enterprises consumer writes it. */
export interface SeededEnterprise {
  _id: string;
  planId: string;
  name: string;
  district: string;
  industry: string;
  status: 'awaiting-index' | 'active' | 'closed';
  track?: EnterpriseTrack;
  score?: number;
  intention?: 'transfer' | 'upgrade';
  park?: { parkId: string; parkName: string; region: string };
  parkId?: string;
  currentSteps: OpenStep[];
  openStepNames: string[];
  completedSteps: string[];
  units: string[];
  nextDeadline: Date | null;
  openEscalationIds: string[];
  outcome?: string;
  registeredAt: Date;
  classifiedAt?: Date;
  closedAt?: Date;
  updatedAt: Date;
  lastEventSequence: number;
  /** The list position, from the same counter the consumer draws from (set by {@link seedReadModel}). */
  listSeq?: number;
  listBucket?: number;
}

/** An `escalations` document (EscalationRecord) for one level raised on an enterprise step. */
export interface SeededEscalation {
  _id: string;
  taskId: string;
  planId: string;
  unit: string;
  coUnits: string[];
  level: 'yellow' | 'red' | 'leading-group';
  state: 'open' | 'acknowledged' | 'resolved';
  due: string;
  deadline: Date;
  overdueWorkingDays: number;
  raisedAt: Date;
  lastRaisedAt: Date;
  repeats: number;
  acknowledgedAt?: Date;
  acknowledgedBy?: { sub: string; unit: string; roles: string[] };
  resolvedAt?: Date;
  resolution?: 'completed';
  updatedAt: Date;
  lastEventSequence: number;
  /** The board position (set by {@link seedReadModel}). */
  listSeq?: number;
  listBucket?: number;
}

/**
 * The `i`-th seeded enterprise of `planId`, as of `now`, and the escalation case raised on it (every
 * {@link ENTERPRISES_PER_ESCALATION}th enterprise with an open step past its deadline has one).
 */
export function seededEnterprise(i: number, planId: string, now: Date): { enterprise: SeededEnterprise; escalation?: SeededEscalation } {
  // Deterministic per index: the same size always seeds the same documents.
  const r = mulberry32(i * 7919 + 17);
  const district = DISTRICT_CODES[i % DISTRICT_CODES.length] as string;
  const registeredAt = new Date(now.getTime() - (30 + Math.floor(r() * 700)) * DAY_MS);
  const base = {
    _id: seededEnterpriseId(i),
    planId,
    name: `深圳市基准${i}实业有限公司`,
    district,
    industry: pick(r, INDUSTRY_CODES),
    registeredAt,
  };
  const roll = r();
  if (roll < 0.04) {
    return { enterprise: { ...base, status: 'awaiting-index', currentSteps: [], openStepNames: [], completedSteps: [], units: [district], nextDeadline: null, openEscalationIds: [], updatedAt: registeredAt, lastEventSequence: 1 } };
  }
  const trackRoll = r();
  const track: EnterpriseTrack = trackRoll < 0.1 ? 'A' : trackRoll < 0.3 ? 'B' : trackRoll < 0.85 ? 'C' : 'D';
  const chain = mainChain(track);
  const classifiedAt = new Date(registeredAt.getTime() + DAY_MS);
  const score = Math.round(r() * 1000) / 10;
  const closed = roll > 0.86;
  // Where the enterprise stands: every step before `at` is done; `at` is open (unless closed).
  const at = closed ? chain.length : Math.floor(r() * chain.length);
  const completedSteps: string[] = chain.slice(0, at);
  const transfers = track === 'B' || track === 'C';
  const currentSteps: OpenStep[] = [];
  const open = (step: EnterpriseStep) => {
    const { due, deadline } = endOfShanghaiDay(new Date(now.getTime() + Math.floor(-60 + r() * 150) * DAY_MS));
    currentSteps.push({ step, stepId: `${base._id}/${step}`, unit: ownerOf(step, district), due, deadline, openedAt: new Date(deadline.getTime() - STEP_DEFINITIONS[step].slaWorkingDays * 1.4 * DAY_MS) });
  };
  if (!closed) {
    open(chain[at] as EnterpriseStep);
    // The labour step runs beside the transfer chain from the intention until before relocation.
    const relocationAt = chain.indexOf('relocation');
    if (transfers && at >= 1 && at < relocationAt) open('labour');
  } else if (transfers) completedSteps.push('labour');
  const parkChosen = transfers && completedSteps.includes('destination');
  const park = parkChosen ? pick(r, DEFAULT_PARKS) : undefined;
  const units = [...new Set([district, ...[...completedSteps, ...currentSteps.map((s) => s.step)].map((s) => ownerOf(s as EnterpriseStep, district))])];
  const nextDeadline = currentSteps.length === 0 ? null : new Date(Math.min(...currentSteps.map((s) => s.deadline.getTime())));
  const overdueStep = currentSteps.find((s) => s.deadline.getTime() < now.getTime());
  let escalation: SeededEscalation | undefined;
  if (overdueStep && i % ENTERPRISES_PER_ESCALATION === 0) {
    const overdueDays = Math.floor((now.getTime() - overdueStep.deadline.getTime()) / DAY_MS);
    const level = overdueDays > 21 ? 'leading-group' : overdueDays > 7 ? 'red' : 'yellow';
    const state = pick(r, ['open', 'open', 'open', 'acknowledged', 'resolved'] as const);
    const raisedAt = new Date(overdueStep.deadline.getTime() + 1000);
    escalation = {
      _id: `${overdueStep.stepId}~${overdueStep.deadline.getTime()}~${level}`,
      taskId: overdueStep.stepId,
      planId,
      unit: overdueStep.unit,
      coUnits: [],
      level,
      state,
      due: overdueStep.due,
      deadline: overdueStep.deadline,
      overdueWorkingDays: Math.floor((overdueDays * 5) / 7),
      raisedAt,
      lastRaisedAt: raisedAt,
      repeats: 0,
      ...(state !== 'open' && { acknowledgedAt: new Date(raisedAt.getTime() + DAY_MS), acknowledgedBy: { sub: 'bench.supervisor', unit: 'DUCHA', roles: ['supervisor'] } }),
      ...(state === 'resolved' && { resolvedAt: new Date(raisedAt.getTime() + 2 * DAY_MS), resolution: 'completed' as const }),
      updatedAt: raisedAt,
      lastEventSequence: 3 + completedSteps.length * 2,
    };
  }
  const updatedAt = new Date(Math.max(classifiedAt.getTime(), ...currentSteps.map((s) => s.openedAt.getTime())));
  const enterprise: SeededEnterprise = {
    ...base,
    status: closed ? 'closed' : 'active',
    track,
    score,
    ...(transfers && completedSteps.includes('intention') && { intention: 'transfer' as const }),
    ...(park && { park: { parkId: park.id, parkName: park.name, region: park.region }, parkId: park.id }),
    currentSteps,
    openStepNames: currentSteps.map((s) => s.step),
    completedSteps,
    units,
    nextDeadline,
    openEscalationIds: escalation && escalation.state !== 'resolved' ? [escalation._id] : [],
    ...(closed && { outcome: track === 'D' ? 'closed' : track === 'A' ? 'reviewed' : 'relocated', closedAt: updatedAt }),
    registeredAt,
    classifiedAt,
    updatedAt,
    lastEventSequence: 3 + completedSteps.length * 2 + currentSteps.length,
  };
  return { enterprise, ...(escalation && { escalation }) };
}

/**
 * Gives `rows` the list positions right after the list's high-water mark, raised over them first.
 * Not claimed one by one (`list_positions`): the bench's apps register nothing while it seeds, and
 * a later claim starts past the raised mark.
 */
async function givePositions(db: Db, list: string, rows: { listSeq?: number; listBucket?: number }[]): Promise<void> {
  if (rows.length === 0) return;
  const marks = db.collection<{ _id: string; seq: number }>('list_sequences');
  const first = ((await marks.findOne({ _id: list }))?.seq ?? 0) + 1;
  await marks.updateOne({ _id: list }, { $max: { seq: first + rows.length - 1 } }, { upsert: true });
  rows.forEach((row, k) => Object.assign(row, { listSeq: first + k, listBucket: listBucketOf(first + k) }));
}

/**
 * Inserts seeded enterprises `from` (inclusive) to `to` (exclusive) and their escalations, in
 * unordered batches of `batchSize`, into a database that holds none of them yet (plain inserts:
 * an upsert is a lookup per document, and FerretDB on SQLite does not push a filter down).
 * Returns how many escalation cases it wrote.
 */
export async function seedReadModel(db: Db, planId: string, from: number, to: number, now: Date, batchSize = 1000, progress?: (done: number) => void): Promise<number> {
  let escalations = 0;
  for (let start = from; start < to; start += batchSize) {
    const enterprises: SeededEnterprise[] = [];
    const cases: SeededEscalation[] = [];
    for (let i = start; i < Math.min(to, start + batchSize); i++) {
      const { enterprise, escalation } = seededEnterprise(i, planId, now);
      enterprises.push(enterprise);
      if (escalation) cases.push(escalation);
    }
    await givePositions(db, ENTERPRISE_LIST, enterprises);
    await givePositions(db, ESCALATION_LIST, cases);
    await db.collection<SeededEnterprise>('enterprises').insertMany(enterprises, { ordered: false });
    if (cases.length > 0) await db.collection<SeededEscalation>('escalations').insertMany(cases, { ordered: false });
    escalations += cases.length;
    progress?.(Math.min(to, start + batchSize));
  }
  return escalations;
}
