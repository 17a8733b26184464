import type { EnterpriseIndicators } from './enterprise.schema';

/** Enterprise size classes, for the "大中" (large and medium) of 本地大中骨干型总部企业 (五(一)). */
export const SIZE_CLASSES = ['large', 'medium', 'small'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/**
 * The size thresholds (ours: the seed sets none). They follow the statistical standard in force in
 * 2009 for industrial enterprises, 统计上大中小型企业划分办法（暂行）(国统字〔2003〕17号): large at
 * 2,000 employees and 300M CNY of sales, medium at 300 employees and 30M CNY. That standard also
 * asks for total assets (400M / 40M CNY), which registrations do not carry, and counts sales, for
 * which we read gross output (the `scale` indicator). Both criteria we have must be met.
 */
export const SIZE_THRESHOLDS = {
  large: { employeesAtLeast: 2000, outputAtLeast: 30_000 },
  medium: { employeesAtLeast: 300, outputAtLeast: 3000 },
} as const;

/**
 * The size class of an enterprise from its indicators. Employees are derived, not registered:
 * `labourIntensity` (employees per 10M CNY of output) × `scale` (output in 10k CNY) ÷ 1,000.
 * Output is in 10k CNY (万元), as `scale` is.
 */
export function sizeClassOf(indicators: Pick<EnterpriseIndicators, 'labourIntensity' | 'scale'>): { sizeClass: SizeClass; employees: number } {
  const employees = (indicators.labourIntensity * indicators.scale) / 1000;
  const meets = (t: { employeesAtLeast: number; outputAtLeast: number }) => employees >= t.employeesAtLeast && indicators.scale >= t.outputAtLeast;
  const sizeClass: SizeClass = meets(SIZE_THRESHOLDS.large) ? 'large' : meets(SIZE_THRESHOLDS.medium) ? 'medium' : 'small';
  return { sizeClass, employees };
}
