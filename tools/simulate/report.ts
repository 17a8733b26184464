import { EventType, sequenceOf, type EventSequence } from '@duban/contracts';
import { assessCity, foldAssessmentEvents, toShanghaiDate, type CityAssessment, type PlanDefinition } from '@duban/domain';
import type { ScoreComparison } from './scores';

/**
 * The simulation's report: the year-by-year score of every unit, the escalations raised, the
 * city-level summary and the live-versus-recomputed score check. Built from the events the run
 * published (each once) and the score comparison; a pure function, rendered as JSON and Markdown.
 */

export type Level = 'yellow' | 'red' | 'leading-group';
const LEVELS: readonly Level[] = ['yellow', 'red', 'leading-group'];

export interface EscalationEntry {
  escalationId: string;
  /** Plan time, ISO-8601 as the event carries it. */
  at: string;
  year: number;
  level: Level;
  unit: string;
  /** The task, brief or enterprise step (`{enterpriseId}/{step}`) whose deadline passed. */
  subject: string;
  kind: 'task' | 'brief' | 'enterprise-step';
  due: string;
  /** Repeated notices of this level, after the first. */
  repeats: number;
}

export interface SimulationReport {
  meta: {
    seed: number;
    planId: string;
    period: { from: string; to: string };
    events: number;
    publishCalls: number;
    auditEvents: number;
    elapsedMs: number;
    timings: Record<string, number>;
  };
  scores: {
    years: number[];
    /** Every unit assessed in any year; `null` for a year it was not assessed. */
    units: { unit: string; name: string; byYear: Record<string, { score: number; excellent: boolean } | null> }[];
    belowTarget: { unit: string; year: number; score: number }[];
  };
  escalations: {
    /** First notices (a card or report), repeats not counted. */
    total: number;
    repeats: number;
    byLevel: Record<Level, number>;
    byYear: Record<string, Record<Level, number>>;
    byUnit: Record<string, Record<Level, number>>;
    list: EscalationEntry[];
  };
  city: {
    tasks: { total: number; acceptedOnTime: number; acceptedLate: number; open: number; extended: number; rejected: number; list: TaskOutcomeRow[] };
    briefs: { total: number; onTime: number; late: number; missing: number };
    enterprises: {
      total: number;
      byTrack: Record<string, { total: number; outcomes: Record<string, number> }>;
      steps: { completed: number; onTime: number; late: number };
    };
    parks: { parkId: string; parkName: string; region: string; enterprises: number }[];
  };
  recompute: { equal: boolean; liveUnitYears: number; recomputedUnitYears: number; differences: string[] };
  /**
   * The province's annual score of the city (三: ≥ 90) on the plan's targets, per year of the unit
   * scores, from the target reports among the events (the domain's `assessCity`; formula ours).
   */
  cityAssessment: Pick<CityAssessment, 'year' | 'assessed' | 'score' | 'goal' | 'meetsGoal' | 'indicators'>[];
}

export interface TaskOutcomeRow {
  taskId: string;
  unit: string;
  originalDue: string;
  due: string;
  status: 'accepted-on-time' | 'accepted-late' | 'open';
  submittedOn?: string;
  acceptedOn?: string;
  extended: boolean;
  rejections: number;
}

/** The CloudEvent fields the report reads; a `DubanEvent` fits. */
export interface ReportEvent {
  id: string;
  type: string;
  subject: string;
  sequence: EventSequence;
  time: string;
  data: Readonly<Record<string, unknown>>;
}

export interface ReportInput {
  seed: number;
  plan: PlanDefinition;
  period: { from: string; to: string };
  events: readonly ReportEvent[];
  publishCalls: number;
  scores: ScoreComparison;
  elapsedMs: number;
  timings: Record<string, number>;
}

const emptyLevels = (): Record<Level, number> => ({ yellow: 0, red: 0, 'leading-group': 0 });
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const yearOf = (iso: string): number => Number(toShanghaiDate(iso).slice(0, 4));

export function buildReport(input: ReportInput): SimulationReport {
  const { events, plan, scores } = input;
  const byType = (type: string) => events.filter((e) => e.type === type);

  // --- tasks and briefs -------------------------------------------------------------------------
  const assigned = byType(EventType.TaskAssigned);
  const kindOf = new Map(assigned.map((e) => [e.subject, str(e.data['kind'])]));
  const rows: (TaskOutcomeRow & { kind: string })[] = assigned.map((a) => {
    const mine = events.filter((e) => e.subject === a.subject).sort((x, y) => sequenceOf(x) - sequenceOf(y));
    const originalDue = str(a.data['due']);
    const approvals = mine.filter((e) => e.type === EventType.ExtensionDecided && e.data['decision'] === 'approve');
    const due = approvals.length > 0 ? str(approvals.at(-1)?.data['due']) : originalDue;
    const accepted = mine.find((e) => e.type === EventType.TaskAccepted);
    const version = accepted ? Number(accepted.data['version']) : undefined;
    const submitted = mine.filter((e) => e.type === EventType.TaskSubmitted).find((e) => Number(e.data['version']) === version);
    const submittedOn = submitted ? toShanghaiDate(submitted.time) : undefined;
    const status: TaskOutcomeRow['status'] = !accepted || !submittedOn ? 'open' : submittedOn <= due ? 'accepted-on-time' : 'accepted-late';
    return {
      taskId: a.subject,
      unit: str(a.data['unit']),
      kind: str(a.data['kind']),
      originalDue,
      due,
      status,
      ...(submittedOn !== undefined && { submittedOn }),
      ...(accepted && { acceptedOn: toShanghaiDate(accepted.time) }),
      extended: approvals.length > 0,
      rejections: mine.filter((e) => e.type === EventType.TaskRejected).length,
    };
  });
  const taskRows = rows.filter((r) => r.kind === 'task').map(({ kind: _kind, ...r }) => r);
  const briefRows = rows.filter((r) => r.kind === 'brief');

  // --- escalations ------------------------------------------------------------------------------
  const raised = byType(EventType.EscalationRaised);
  const list: EscalationEntry[] = [];
  let repeats = 0;
  for (const e of raised) {
    const repeat = Number(e.data['repeat'] ?? 0);
    const id = str(e.data['escalationId']);
    if (repeat > 0) {
      repeats++;
      const first = list.find((x) => x.escalationId === id);
      if (first) first.repeats++;
      continue;
    }
    const subject = str(e.data['taskId']);
    const kind = kindOf.get(subject) === 'brief' ? 'brief' : kindOf.has(subject) ? 'task' : 'enterprise-step';
    list.push({ escalationId: id, at: e.time, year: yearOf(e.time), level: e.data['level'] as Level, unit: str(e.data['unit']), subject, kind, due: str(e.data['due']), repeats: 0 });
  }
  list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.escalationId < b.escalationId ? -1 : 1));
  const byLevel = emptyLevels();
  const byYear: Record<string, Record<Level, number>> = {};
  const byUnit: Record<string, Record<Level, number>> = {};
  for (const x of list) {
    byLevel[x.level]++;
    (byYear[String(x.year)] ??= emptyLevels())[x.level]++;
    (byUnit[x.unit] ??= emptyLevels())[x.level]++;
  }

  // --- enterprises and parks --------------------------------------------------------------------
  const registered = byType(EventType.EnterpriseRegistered);
  const trackOf = new Map(byType(EventType.EnterpriseClassified).map((e) => [e.subject, str(e.data['track'])]));
  const outcomeOf = new Map(byType(EventType.EnterpriseClosed).map((e) => [e.subject, str(e.data['outcome'])]));
  const byTrack: SimulationReport['city']['enterprises']['byTrack'] = {};
  for (const r of registered) {
    const track = trackOf.get(r.subject) ?? 'unclassified';
    const outcome = outcomeOf.get(r.subject) ?? 'in-progress';
    const t = (byTrack[track] ??= { total: 0, outcomes: {} });
    t.total++;
    t.outcomes[outcome] = (t.outcomes[outcome] ?? 0) + 1;
  }
  const completedSteps = byType(EventType.EnterpriseStepCompleted);
  const parks = new Map<string, SimulationReport['city']['parks'][number]>();
  for (const e of completedSteps.filter((s) => s.data['step'] === 'destination')) {
    const p = e.data['payload'] as Record<string, unknown>;
    const id = str(p['parkId']);
    const park = parks.get(id) ?? { parkId: id, parkName: str(p['parkName']), region: str(p['region']), enterprises: 0 };
    park.enterprises++;
    parks.set(id, park);
  }

  // --- scores -----------------------------------------------------------------------------------
  const years = [...new Set(scores.live.map((s) => s.year))].sort();
  const names = new Map(plan.units.map((u) => [u.code, u.name]));
  const order = plan.units.map((u) => u.code);
  const unitCodes = [...new Set(scores.live.map((s) => s.unit))].sort((a, b) => rank(order, a) - rank(order, b));
  const units = unitCodes.map((unit) => ({
    unit,
    name: names.get(unit) ?? unit,
    byYear: Object.fromEntries(years.map((y) => {
      const s = scores.live.find((x) => x.unit === unit && x.year === y);
      return [String(y), s ? { score: s.score, excellent: s.excellent } : null];
    })),
  }));
  const belowTarget = scores.live.filter((s) => !s.excellent).map((s) => ({ unit: s.unit, year: s.year, score: s.score })).sort((a, b) => a.year - b.year || a.score - b.score);

  // --- the city's assessment (三, 六(三)) ----------------------------------------------------------
  const assessmentLog = foldAssessmentEvents(
    events.map((e) => ({ id: e.id, type: e.type, subject: e.subject, time: e.time, sequence: sequenceOf(e), data: e.data })),
    plan.planId,
  );
  const cityAssessment = years.map((y) => {
    const { year, assessed, score, goal, meetsGoal, indicators } = assessCity(assessmentLog, y);
    return { year, assessed, score, goal, meetsGoal, indicators };
  });

  return {
    meta: { seed: input.seed, planId: plan.planId, period: input.period, events: events.length, publishCalls: input.publishCalls, auditEvents: scores.auditEvents, elapsedMs: input.elapsedMs, timings: input.timings },
    scores: { years, units, belowTarget },
    escalations: { total: list.length, repeats, byLevel, byYear, byUnit, list },
    city: {
      tasks: {
        total: taskRows.length,
        acceptedOnTime: taskRows.filter((r) => r.status === 'accepted-on-time').length,
        acceptedLate: taskRows.filter((r) => r.status === 'accepted-late').length,
        open: taskRows.filter((r) => r.status === 'open').length,
        extended: taskRows.filter((r) => r.extended).length,
        rejected: taskRows.filter((r) => r.rejections > 0).length,
        list: taskRows,
      },
      briefs: {
        total: briefRows.length,
        onTime: briefRows.filter((r) => r.status === 'accepted-on-time').length,
        late: briefRows.filter((r) => r.status === 'accepted-late').length,
        missing: briefRows.filter((r) => r.status === 'open').length,
      },
      enterprises: {
        total: registered.length,
        byTrack: Object.fromEntries(Object.entries(byTrack).sort(([a], [b]) => (a < b ? -1 : 1))),
        steps: {
          completed: completedSteps.length,
          onTime: completedSteps.filter((e) => Number(e.data['overdueWorkingDays']) === 0).length,
          late: completedSteps.filter((e) => Number(e.data['overdueWorkingDays']) > 0).length,
        },
      },
      parks: [...parks.values()].sort((a, b) => b.enterprises - a.enterprises || (a.parkId < b.parkId ? -1 : 1)),
    },
    recompute: { equal: scores.equal, liveUnitYears: scores.live.length, recomputedUnitYears: scores.recomputed.length, differences: scores.differences },
    cityAssessment,
  };
}

const rank = (order: readonly string[], code: string): number => (order.indexOf(code) === -1 ? order.length : order.indexOf(code));
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The report as Markdown: the score table first, then escalations, the city summary and the check. */
export function renderMarkdown(r: SimulationReport): string {
  const lines: string[] = [];
  const table = (head: string[], body: (string | number)[][]) => {
    lines.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`), '');
  };
  lines.push(
    `# Simulation of ${r.meta.planId} (seed ${r.meta.seed})`,
    '',
    `Plan time ${r.meta.period.from} → ${r.meta.period.to}; ${r.meta.events} events published (${r.meta.publishCalls} publish calls), ` +
      `${r.meta.auditEvents} in the audit log; ${(r.meta.elapsedMs / 1000).toFixed(1)} s wall-clock.`,
    '',
    '## Scores by unit and year (live, 绩效办; ≥ 90 is 优秀, * marks below target)',
    '',
  );
  table(
    ['unit', '', ...r.scores.years.map(String)],
    r.scores.units.map((u) => [u.unit, u.name, ...r.scores.years.map((y) => {
      const s = u.byYear[String(y)];
      return s ? `${fmt(s.score)}${s.excellent ? '' : ' *'}` : '—';
    })]),
  );
  const assessed = r.cityAssessment.filter((c) => c.assessed);
  if (assessed.length > 0) {
    lines.push(
      "## The city's assessment beside them (三: the province's annual score of the city, goal ≥ 90; led by 督查室 with LGO and 绩效办, 六(三))",
      '',
      'From the targets the owning units reported; weights and formula are ours (docs/assessment.md). * marks below 90; each target: value / expected that year, attainment.',
      '',
    );
    const codes = [...new Set(assessed.flatMap((c) => c.indicators.map((i) => i.code)))];
    table(
      ['year', 'city', ...codes],
      assessed.map((c) => [
        c.year,
        `${fmt(c.score ?? 0)}${c.meetsGoal ? '' : ' *'}`,
        ...codes.map((code) => {
          const i = c.indicators.find((x) => x.code === code);
          return i ? `${i.value ?? '—'} / ${i.expected} (${Math.round(i.attainment * 100)} %)` : '—';
        }),
      ]),
    );
  }
  lines.push(`Live scores equal the recompute from the audit log: **${r.recompute.equal ? 'yes' : 'NO'}** (${r.recompute.liveUnitYears} live unit-years, ${r.recompute.recomputedUnitYears} recomputed).`, '');
  if (r.recompute.differences.length > 0) lines.push(...r.recompute.differences.map((d) => `- ${d}`), '');

  lines.push('## Escalations raised', '', `${r.escalations.total} first notices (yellow ${r.escalations.byLevel.yellow}, red ${r.escalations.byLevel.red}, leading group ${r.escalations.byLevel['leading-group']}), plus ${r.escalations.repeats} repeats.`, '');
  table(['year', ...LEVELS], Object.entries(r.escalations.byYear).map(([y, c]) => [y, ...LEVELS.map((l) => c[l])]));
  table(['unit', ...LEVELS], Object.entries(r.escalations.byUnit).sort(([a], [b]) => (a < b ? -1 : 1)).map(([u, c]) => [u, ...LEVELS.map((l) => c[l])]));
  lines.push('<details><summary>Every escalation</summary>', '');
  table(['at', 'level', 'unit', 'kind', 'subject', 'due', 'repeats'], r.escalations.list.map((e) => [e.at.slice(0, 16), e.level, e.unit, e.kind, e.subject, e.due, e.repeats]));
  lines.push('</details>', '');

  const t = r.city.tasks;
  const b = r.city.briefs;
  const en = r.city.enterprises;
  lines.push(
    '## City summary',
    '',
    `- Tasks: ${t.total}; accepted on time ${t.acceptedOnTime}, accepted late ${t.acceptedLate}, never completed ${t.open}; extended ${t.extended}, rejected at least once ${t.rejected}.`,
    `- Information briefs: ${b.total}; on time ${b.onTime}, late ${b.late}, never filed ${b.missing}.`,
    `- Enterprises: ${en.total}; steps completed ${en.steps.completed} (on time ${en.steps.onTime}, late ${en.steps.late}).`,
    '',
  );
  table(['task', 'unit', 'due (original)', 'due in force', 'submitted', 'outcome'], t.list.map((x) => [x.taskId, x.unit, x.originalDue, x.due, x.submittedOn ?? '—', x.status + (x.rejections > 0 ? `, rejected ${x.rejections}×` : '')]));
  const outcomes = [...new Set(Object.values(en.byTrack).flatMap((x) => Object.keys(x.outcomes)))].sort();
  table(['track', 'enterprises', ...outcomes], Object.entries(en.byTrack).map(([track, x]) => [track, x.total, ...outcomes.map((o) => x.outcomes[o] ?? 0)]));
  table(['park', 'region', 'enterprises'], r.city.parks.map((p) => [`${p.parkName} (${p.parkId})`, p.region, p.enterprises]));
  return lines.join('\n');
}

/** A few lines for the console: where the report is and the gist of it. */
export function excerpt(r: SimulationReport): string {
  const lowest = r.scores.belowTarget.slice(0, 5).map((s) => `${s.unit} ${s.year} ${fmt(s.score)}`).join(', ');
  return [
    `tasks: ${r.city.tasks.acceptedOnTime} on time, ${r.city.tasks.acceptedLate} late, ${r.city.tasks.open} never completed (of ${r.city.tasks.total})`,
    `briefs: ${r.city.briefs.onTime} on time, ${r.city.briefs.late} late, ${r.city.briefs.missing} missing (of ${r.city.briefs.total})`,
    `enterprises: ${r.city.enterprises.total} (${Object.entries(r.city.enterprises.byTrack).map(([k, v]) => `${k} ${v.total}`).join(', ')}); parks used: ${r.city.parks.length}`,
    `escalations: ${r.escalations.byLevel.yellow} yellow, ${r.escalations.byLevel.red} red, ${r.escalations.byLevel['leading-group']} leading-group (+${r.escalations.repeats} repeats)`,
    `below 90: ${r.scores.belowTarget.length} unit-years${lowest ? ` (lowest: ${lowest})` : ''}`,
    `live scores = recompute from the audit log: ${r.recompute.equal ? 'yes' : `NO (${r.recompute.differences.length} differences)`}`,
    ...(r.cityAssessment.some((c) => c.assessed)
      ? [`city assessment (三, goal ≥ 90): ${r.cityAssessment.filter((c) => c.assessed).map((c) => `${c.year} ${fmt(c.score ?? 0)}${c.meetsGoal ? '' : ' *'}`).join(', ')}`]
      : []),
  ].join('\n');
}
