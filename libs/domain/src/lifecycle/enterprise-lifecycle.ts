/**
 * The transfer lifecycle of an enterprise (五(一) and DESIGN.md, Transfer lifecycle): which steps
 * each track walks, who owns each step, and its service level in working days. Pure data and
 * functions; the enterprise workflow follows it.
 *
 * Two sets of paths exist: `by-seed`, the tracks as 五(一) defines them (issue 11), for every case
 * started since the Temporal patch `enterprise-tracks-by-seed`; and `score-bands`, the paths of the
 * cases started before it (C without assisted exit, B walking C's chain, D with a rectification
 * order), kept so that those cases replay and finish as they began.
 */

export type EnterpriseTrack = 'A' | 'B' | 'C' | 'D';

/** Which classifier and paths a case follows, fixed when its workflow starts. */
export const TRACK_RULES = ['by-seed', 'score-bands'] as const;
export type TrackRules = (typeof TRACK_RULES)[number];

export const ENTERPRISE_STEPS = [
  // B and C
  'intention',
  'destination',
  'site-visit',
  'negotiation',
  'agreement',
  'legacy-land',
  'labour',
  'relocation',
  'operating',
  'follow-up',
  // C choosing upgrade: 优化提升
  'upgrade',
  // D
  'notice',
  /** Score-bands cases only: rectify or close (the seed has no rectification route). */
  'order',
  'closure-verified',
  // A
  'support-plan',
  'periodic-review',
  // Since issue 11: B's headquarters rooting, C's assisted exit, D's closure decision.
  'hq-rooting',
  'exit-plan',
  'exit-verified',
  'closure-decision',
] as const;
export type EnterpriseStep = (typeof ENTERPRISE_STEPS)[number];

/** `district` is the enterprise's own district; the others are unit codes. */
export type StepOwner = 'district' | 'STIIC' | 'PLAN' | 'HRSS';

/** The intention step's decision: 五(一)'s "协助退出、转移及优化提升", chosen by the enterprise (企业自愿, 四(二)). */
export const INTENTION_DECISIONS = ['exit', 'transfer', 'upgrade'] as const;
export type IntentionDecision = (typeof INTENTION_DECISIONS)[number];

/** How a case ends. `exited` since issue 11 (C's assisted exit). */
export const ENTERPRISE_OUTCOMES = ['transferred', 'upgraded', 'exited', 'closed-by-law', 'supported'] as const;
export type EnterpriseOutcome = (typeof ENTERPRISE_OUTCOMES)[number];

export interface StepDefinition {
  step: EnterpriseStep;
  name: string;
  owner: StepOwner;
  /** Service level: due this many working days after the step opens. Every one is ours: the seed sets none. */
  slaWorkingDays: number;
  /**
   * Where the step and its owner come from: the seed's clause when the seed names the step or its
   * owner, with what is ours spelt out; `ours` alone when the seed names neither. The service level
   * is always ours.
   */
  basis: string;
}

export const STEP_DEFINITIONS: Readonly<Record<EnterpriseStep, StepDefinition>> = {
  intention: { step: 'intention', name: '转移意向（企业自愿）', owner: 'district', slaWorkingDays: 20, basis: '四(二) 企业自愿 and 五(一) 协助退出、转移及优化提升; owner ours' },
  destination: { step: 'destination', name: '承接地匹配', owner: 'STIIC', slaWorkingDays: 15, basis: '四(三) destinations; owner ours' },
  'site-visit': { step: 'site-visit', name: '组织赴园区考察', owner: 'district', slaWorkingDays: 20, basis: '五(三)4 组织深圳企业赴产业转移工业园考察; owner ours (the districts run T4)' },
  negotiation: { step: 'negotiation', name: '洽谈', owner: 'district', slaWorkingDays: 30, basis: 'ours' },
  agreement: { step: 'agreement', name: '签订协议', owner: 'district', slaWorkingDays: 20, basis: 'ours' },
  'legacy-land': {
    step: 'legacy-land',
    name: '原土地厂房遗留问题（土地存量盘活）',
    owner: 'PLAN',
    slaWorkingDays: 30,
    basis: '五(三)1 协调解决转移企业原土地厂房的产权历史遗留问题…土地存量盘活; owner ours (the seed names no unit; PLAN holds land and planning)',
  },
  labour: {
    step: 'labour',
    name: '劳动合同纠纷与员工再培训',
    owner: 'HRSS',
    slaWorkingDays: 60,
    basis: '五(三)2 人力资源和社会保障部门应提前介入 (owner and early start are the seed\'s)',
  },
  relocation: { step: 'relocation', name: '迁移', owner: 'district', slaWorkingDays: 60, basis: 'ours' },
  operating: { step: 'operating', name: '入园投产', owner: 'STIIC', slaWorkingDays: 30, basis: 'ours' },
  'follow-up': { step: 'follow-up', name: '延伸服务', owner: 'STIIC', slaWorkingDays: 60, basis: '五(三)5 加强对深圳企业转移扩张的延伸服务; owner ours' },
  upgrade: { step: 'upgrade', name: '优化提升方案', owner: 'district', slaWorkingDays: 40, basis: '五(一) 优化提升; owner ours' },
  notice: { step: 'notice', name: '淘汰通知', owner: 'district', slaWorkingDays: 5, basis: '五(一) 坚决依法淘汰和关闭; owner ours' },
  order: { step: 'order', name: '限期整改或关闭决定', owner: 'district', slaWorkingDays: 10, basis: 'ours (score-bands cases only; the seed has no rectification route)' },
  'closure-verified': { step: 'closure-verified', name: '关闭核查', owner: 'district', slaWorkingDays: 20, basis: '五(一) 坚决依法淘汰和关闭; owner ours' },
  'support-plan': { step: 'support-plan', name: '服务与财政扶持方案', owner: 'STIIC', slaWorkingDays: 20, basis: '五(一) 实行加强服务与财政扶持并重; owner ours' },
  'periodic-review': { step: 'periodic-review', name: '定期评估', owner: 'STIIC', slaWorkingDays: 60, basis: 'ours' },
  'hq-rooting': {
    step: 'hq-rooting',
    name: '总部扎根服务',
    owner: 'STIIC',
    slaWorkingDays: 30,
    basis: '五(一) 积极创造环境，使其总部能扎根深圳; owner ours',
  },
  'exit-plan': { step: 'exit-plan', name: '协助退出方案', owner: 'district', slaWorkingDays: 30, basis: '五(一) 协助退出; owner ours' },
  'exit-verified': { step: 'exit-verified', name: '退出核查', owner: 'district', slaWorkingDays: 20, basis: 'ours' },
  'closure-decision': {
    step: 'closure-decision',
    name: '关闭决定（依法，无整改选项）',
    owner: 'district',
    slaWorkingDays: 10,
    basis: '五(一) 坚决依法淘汰和关闭 (no rectification route); owner ours',
  },
};

/** A step of a path and the steps that must all be done before it opens (none: it opens with the path). */
export interface PathStep {
  step: EnterpriseStep;
  after: readonly EnterpriseStep[];
}

/**
 * The steps a case walks on a track, once any choice it needs is made. Steps open as soon as every
 * step of their `after` is done, in the order listed when several open at once; the case closes
 * with `outcome` once every step of `closesWhenDone` is done.
 */
export interface TrackPath {
  steps: readonly PathStep[];
  /** Absent while the path waits for the enterprise's choice (C before its intention). */
  close?: { closesWhenDone: readonly EnterpriseStep[]; outcome: EnterpriseOutcome };
}

const chain = (...steps: EnterpriseStep[]): PathStep[] => steps.map((step, i) => ({ step, after: i === 0 ? [] : [steps[i - 1] as EnterpriseStep] }));

/**
 * The production move, from `start` (the step it follows; none for B, whose production is already
 * moving). Labour (HRSS) runs beside it from the start (五(三)2: 提前介入); relocation waits for
 * both labour and the legacy land.
 */
function productionMove(start: readonly EnterpriseStep[]): PathStep[] {
  return [
    { step: 'destination', after: start },
    { step: 'labour', after: start },
    { step: 'site-visit', after: ['destination'] },
    { step: 'negotiation', after: ['site-visit'] },
    { step: 'agreement', after: ['negotiation'] },
    { step: 'legacy-land', after: ['agreement'] },
    { step: 'relocation', after: ['legacy-land', 'labour'] },
    { step: 'operating', after: ['relocation'] },
    { step: 'follow-up', after: ['operating'] },
  ];
}

/**
 * The path of a track under `rules`, for a case whose intention (C, and score-bands B) is
 * `intention`, or not yet decided.
 *
 * By the seed (`by-seed`):
 * - A: support plan → periodic review; closes `supported`.
 * - B: the headquarters-rooting service (总部扎根服务) opens beside the production move (destination …
 *   follow-up, labour beside it); no intention step, since moving production out is what put it on
 *   B. Closes `transferred` once both the rooting and the follow-up are done.
 * - C: the intention step, where the enterprise chooses (企业自愿): `exit` (exit plan → legacy land,
 *   labour beside → exit verified; closes `exited`), `transfer` (the production move; closes
 *   `transferred`) or `upgrade` (upgrade plan; closes `upgraded`).
 * - D: notice → closure decision → closure verified; closes `closed-by-law`. No rectification.
 *
 * Score bands (`score-bands`, cases started before issue 11): B and C both walk intention, then
 * transfer or upgrade; D walks notice → order (rectify or close) → closure verified.
 */
export function trackPath(track: EnterpriseTrack, rules: TrackRules, intention?: IntentionDecision): TrackPath {
  switch (track) {
    case 'A':
      return { steps: chain('support-plan', 'periodic-review'), close: { closesWhenDone: ['periodic-review'], outcome: 'supported' } };
    case 'D': {
      const steps = rules === 'by-seed' ? chain('notice', 'closure-decision', 'closure-verified') : chain('notice', 'order', 'closure-verified');
      return { steps, close: { closesWhenDone: ['closure-verified'], outcome: 'closed-by-law' } };
    }
    case 'B':
      if (rules === 'by-seed') {
        return { steps: [{ step: 'hq-rooting', after: [] }, ...productionMove([])], close: { closesWhenDone: ['hq-rooting', 'follow-up'], outcome: 'transferred' } };
      }
      return intentionPath(intention);
    case 'C':
      return intentionPath(intention);
  }
}

function intentionPath(intention: IntentionDecision | undefined): TrackPath {
  const intent: PathStep = { step: 'intention', after: [] };
  switch (intention) {
    case undefined:
      return { steps: [intent] };
    case 'transfer':
      return { steps: [intent, ...productionMove(['intention'])], close: { closesWhenDone: ['follow-up'], outcome: 'transferred' } };
    case 'upgrade':
      return { steps: [intent, { step: 'upgrade', after: ['intention'] }], close: { closesWhenDone: ['upgrade'], outcome: 'upgraded' } };
    case 'exit':
      return {
        steps: [
          intent,
          { step: 'exit-plan', after: ['intention'] },
          { step: 'labour', after: ['intention'] },
          { step: 'legacy-land', after: ['exit-plan'] },
          { step: 'exit-verified', after: ['legacy-land', 'labour'] },
        ],
        close: { closesWhenDone: ['exit-verified'], outcome: 'exited' },
      };
  }
}

/** The decisions the intention step accepts under `rules`: score-bands cases have no assisted exit. */
export function intentionDecisions(rules: TrackRules): readonly IntentionDecision[] {
  return rules === 'by-seed' ? INTENTION_DECISIONS : ['transfer', 'upgrade'];
}

/** The steps a case opens when classified on `track`, in order. */
export function openingSteps(track: EnterpriseTrack, rules: TrackRules): EnterpriseStep[] {
  return trackPath(track, rules).steps.filter((s) => s.after.length === 0).map((s) => s.step);
}

/**
 * What follows once `completed` is done, given every step done so far (`done` includes `completed`)
 * and whether a step is open or done already (`started`): the case closes with an outcome, or these
 * steps open, in order (possibly none: a step waiting for another branch).
 */
export function afterStep(
  path: TrackPath,
  completed: EnterpriseStep,
  done: (step: EnterpriseStep) => boolean,
  started: (step: EnterpriseStep) => boolean,
): { close: EnterpriseOutcome } | { open: EnterpriseStep[] } {
  if (path.close && path.close.closesWhenDone.every(done)) return { close: path.close.outcome };
  return { open: path.steps.filter((s) => s.after.includes(completed) && s.after.every(done) && !started(s.step)).map((s) => s.step) };
}

/**
 * The main chain of steps of a track under the score bands, in order (the labour step runs beside
 * the B/C chain, from the transfer intention until before relocation). Kept for tools that lay out
 * score-bands cases (`tools/bench`); see {@link trackPath} for the paths by the seed.
 */
export function mainChain(track: EnterpriseTrack): EnterpriseStep[] {
  switch (track) {
    case 'A':
      return ['support-plan', 'periodic-review'];
    case 'B':
    case 'C':
      return ['intention', 'destination', 'site-visit', 'negotiation', 'agreement', 'legacy-land', 'relocation', 'operating', 'follow-up'];
    case 'D':
      return ['notice', 'order', 'closure-verified'];
  }
}

/** The unit code that owns a step for an enterprise of `district`. */
export function stepOwnerUnit(step: EnterpriseStep, district: string): string {
  const owner = STEP_DEFINITIONS[step].owner;
  return owner === 'district' ? district : owner;
}
