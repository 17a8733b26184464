import { SHENZHEN_2009_98 } from '@duban/plan-template';

/** Unit display names from the seeded plan's own definition (plans are data; the codes are ours). */
const UNITS = new Map((SHENZHEN_2009_98.units ?? []).map((u) => [u.code, u] as const));

export function unitName(code: string, language: string): string {
  const unit = UNITS.get(code);
  if (!unit) return code;
  return language === 'en' ? (unit.nameEn ?? unit.name) : unit.name;
}

export const DISTRICTS = ['FUTIAN', 'LUOHU', 'NANSHAN', 'YANTIAN', 'BAOAN', 'LONGGANG', 'GUANGMING', 'PINGSHAN'] as const;
