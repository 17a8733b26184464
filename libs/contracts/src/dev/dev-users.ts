import { PLAN_TEMPLATES } from '@duban/domain';
import type { Role } from '../http/operation';

/** One user of the local dev sign-in (`GET /dev/users`): who the console signs in as locally. */
export interface DevUser {
  /** The token's `sub`, and what `POST /dev/token` takes. */
  id: string;
  /** Chinese display name. */
  name: string;
  unit: string;
  /** The unit's Chinese name, from the plan template. */
  unitName: string;
  roles: Role[];
}

/** The plan template the dev users come from: the seed plan 深府办〔2009〕98号. */
const TEMPLATE = PLAN_TEMPLATES['shenzhen-2009-98'];

/** The offices' own users; every other unit of the template gets one official (经办人). Ours. */
const OFFICE_USERS: Readonly<Record<string, Omit<DevUser, 'unit' | 'unitName'>>> = {
  DUCHA: { id: 'dev.ducha', name: '督查室 督查员', roles: ['supervisor'] },
  LGO: { id: 'dev.lgo', name: '领导小组办公室 工作人员', roles: ['supervisor'] },
  PERF: { id: 'dev.perf', name: '绩效办 考核员', roles: ['performance'] },
};

/**
 * The dev users, in the template's unit order: an official of each unit of the seed plan, 督查室
 * (supervisor, DUCHA), the Leading Group Office (supervisor, LGO: the supervisor role is bound to
 * DUCHA and LGO by SUPERVISOR_UNITS), 绩效办 (performance, PERF), and an admin (LGO, the unit the
 * tests' admins carry). Ids and names are ours; the units and their names are the seed's.
 */
export const DEV_USERS: readonly DevUser[] = (() => {
  const units = TEMPLATE?.units ?? [];
  const nameOf = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  const users: DevUser[] = units.map((u) => {
    const office = OFFICE_USERS[u.code];
    return office ? { ...office, unit: u.code, unitName: u.name } : { id: `dev.${u.code.toLowerCase()}`, name: `${u.name} 经办人`, unit: u.code, unitName: u.name, roles: ['official'] };
  });
  users.push({ id: 'dev.admin', name: '系统管理员', unit: 'LGO', unitName: nameOf('LGO'), roles: ['admin'] });
  return users;
})();

/** The dev user with `id`, or undefined. */
export const devUserOf = (id: string): DevUser | undefined => DEV_USERS.find((u) => u.id === id);

/** The Chinese name of a unit of the built-in plan templates, or undefined for a unit only a loaded plan knows. */
export function templateUnitName(unit: string): string | undefined {
  for (const plan of Object.values(PLAN_TEMPLATES)) {
    const found = plan.units.find((u) => u.code === unit);
    if (found) return found.name;
  }
  return undefined;
}
