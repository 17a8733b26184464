/**
 * The transfer lifecycle of an enterprise (五(一) and DESIGN.md, Transfer lifecycle): which steps
 * each track walks, who owns each step, and its service level in working days. Pure data and
 * functions; the enterprise workflow follows it.
 */

export type EnterpriseTrack = 'A' | 'B' | 'C' | 'D';

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
  // C declining transfer: 优化提升
  'upgrade',
  // D
  'notice',
  'order',
  'closure-verified',
  // A
  'support-plan',
  'periodic-review',
] as const;
export type EnterpriseStep = (typeof ENTERPRISE_STEPS)[number];

/** `district` is the enterprise's own district; the others are unit codes. */
export type StepOwner = 'district' | 'STIIC' | 'PLAN' | 'HRSS';

export interface StepDefinition {
  step: EnterpriseStep;
  name: string;
  owner: StepOwner;
  /** Service level: due this many working days after the step opens. */
  slaWorkingDays: number;
}

export const STEP_DEFINITIONS: Readonly<Record<EnterpriseStep, StepDefinition>> = {
  intention: { step: 'intention', name: '转移意向（企业自愿）', owner: 'district', slaWorkingDays: 20 },
  destination: { step: 'destination', name: '承接地匹配', owner: 'STIIC', slaWorkingDays: 15 },
  'site-visit': { step: 'site-visit', name: '组织赴园区考察', owner: 'district', slaWorkingDays: 20 },
  negotiation: { step: 'negotiation', name: '洽谈', owner: 'district', slaWorkingDays: 30 },
  agreement: { step: 'agreement', name: '签订协议', owner: 'district', slaWorkingDays: 20 },
  'legacy-land': { step: 'legacy-land', name: '原土地厂房遗留问题（土地存量盘活）', owner: 'PLAN', slaWorkingDays: 30 },
  labour: { step: 'labour', name: '劳动合同纠纷与员工再培训', owner: 'HRSS', slaWorkingDays: 60 },
  relocation: { step: 'relocation', name: '迁移', owner: 'district', slaWorkingDays: 60 },
  operating: { step: 'operating', name: '入园投产', owner: 'STIIC', slaWorkingDays: 30 },
  'follow-up': { step: 'follow-up', name: '延伸服务', owner: 'STIIC', slaWorkingDays: 60 },
  upgrade: { step: 'upgrade', name: '优化提升方案', owner: 'district', slaWorkingDays: 40 },
  notice: { step: 'notice', name: '淘汰通知', owner: 'district', slaWorkingDays: 5 },
  order: { step: 'order', name: '限期整改或关闭决定', owner: 'district', slaWorkingDays: 10 },
  'closure-verified': { step: 'closure-verified', name: '关闭核查', owner: 'district', slaWorkingDays: 20 },
  'support-plan': { step: 'support-plan', name: '服务与财政扶持方案', owner: 'STIIC', slaWorkingDays: 20 },
  'periodic-review': { step: 'periodic-review', name: '定期评估', owner: 'STIIC', slaWorkingDays: 60 },
};

/**
 * The main chain of steps of a track, in order (the labour step runs beside the B/C chain, from
 * the transfer intention until before relocation). For C, declining transfer at `intention`
 * replaces the rest of the chain by `upgrade`.
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
