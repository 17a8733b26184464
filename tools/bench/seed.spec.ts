import mongoose from 'mongoose';
import { EnterpriseRecordSchema, EscalationRecordSchema } from '@duban/persistence';
import { DISTRICT_CODES } from '@duban/domain';
import { ENTERPRISES_PER_ESCALATION, seededEnterprise } from './seed';

/** The seeded documents must be what the consumers would have written, or the reads measure something else. */
const Enterprise = mongoose.model('BenchSeedEnterprise', EnterpriseRecordSchema);
const Escalation = mongoose.model('BenchSeedEscalation', EscalationRecordSchema);
const now = new Date('2026-12-01T00:00:00Z');
const sample = Array.from({ length: 2000 }, (_, i) => seededEnterprise(i, 'bench-plan', now));

describe('seeded read model', () => {
  it('passes the enterprises and escalations projection schemas (strict: unknown fields throw)', () => {
    for (const { enterprise, escalation } of sample) {
      expect(new Enterprise(enterprise).validateSync()).toBeUndefined();
      if (escalation) expect(new Escalation(escalation).validateSync()).toBeUndefined();
    }
  });

  it('spreads over every district, track and status, with overdue and future deadlines', () => {
    const enterprises = sample.map((s) => s.enterprise);
    expect(new Set(enterprises.map((e) => e.district))).toEqual(new Set(DISTRICT_CODES));
    expect(new Set(enterprises.map((e) => e.track).filter(Boolean))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(new Set(enterprises.map((e) => e.status))).toEqual(new Set(['awaiting-index', 'active', 'closed']));
    const deadlines = enterprises.flatMap((e) => (e.nextDeadline ? [e.nextDeadline.getTime()] : []));
    expect(deadlines.some((d) => d < now.getTime())).toBe(true);
    expect(deadlines.some((d) => d > now.getTime())).toBe(true);
    // Open steps agree with their names and with who may see the enterprise.
    for (const e of enterprises) {
      expect(e.openStepNames).toEqual(e.currentSteps.map((s) => s.step));
      for (const s of e.currentSteps) expect(e.units).toContain(s.unit);
    }
  });

  it('raises escalations in proportion to the enterprises, on steps that are overdue', () => {
    const cases = sample.flatMap((s) => (s.escalation ? [s] : []));
    expect(cases.length).toBeGreaterThan(sample.length / ENTERPRISES_PER_ESCALATION / 4);
    expect(cases.length).toBeLessThanOrEqual(sample.length / ENTERPRISES_PER_ESCALATION);
    for (const { enterprise, escalation } of cases) {
      const step = enterprise.currentSteps.find((s) => s.stepId === escalation?.taskId);
      expect(step?.deadline.getTime()).toBeLessThan(now.getTime());
    }
  });

  it('is deterministic: the same index gives the same document', () => {
    expect(seededEnterprise(1234, 'p', now)).toEqual(seededEnterprise(1234, 'p', now));
  });
});
