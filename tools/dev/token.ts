import { parseArgs } from 'node:util';
import { BUILT_IN_UNITS, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, DEFAULT_ROLE_UNITS, ROLES, formatDuration, roleUnitViolation, signToken, type Role } from '@duban/auth';
import { stackConfig } from '@duban/stack';
import { devJwtSecret } from './dev-secret';

/**
 * `npm run token -- --sub NAME --unit UNIT --roles official[,supervisor,...] [--ttl SECONDS]` prints a dev token.
 * `--ttl` may not exceed the API's lifetime cap, TOKEN_MAX_LIFETIME_SECONDS (12 h unless set): the
 * API would refuse a longer-lived token anyway, so it is refused here, with the reason.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sub: { type: 'string' }, unit: { type: 'string' }, roles: { type: 'string' }, ttl: { type: 'string' } },
    strict: true,
  });
  const missing = (['sub', 'unit', 'roles'] as const).filter((k) => !values[k]);
  if (missing.length > 0) {
    throw new Error(`missing ${missing.map((m) => `--${m}`).join(', ')}\nusage: npm run token -- --sub NAME --unit UNIT --roles ${ROLES.join('[,')}${']'.repeat(ROLES.length - 1)}`);
  }
  const roles = (values.roles as string).split(',').map((r) => r.trim());
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new Error(`unknown role(s) ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  const cap = process.env['TOKEN_MAX_LIFETIME_SECONDS'] ? Number(process.env['TOKEN_MAX_LIFETIME_SECONDS']) : DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (!Number.isInteger(cap) || cap <= 0) throw new Error(`TOKEN_MAX_LIFETIME_SECONDS must be a positive whole number of seconds, not ${process.env['TOKEN_MAX_LIFETIME_SECONDS']}`);
  const ttl = values.ttl === undefined ? cap : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new Error(`--ttl must be a positive whole number of seconds, not ${values.ttl}`);
  if (ttl > cap) throw new Error(`--ttl ${ttl} (${formatDuration(ttl)}) exceeds the ${formatDuration(cap)} token lifetime limit (TOKEN_MAX_LIFETIME_SECONDS=${cap}); the API refuses longer-lived tokens`);
  // The API's role-to-unit binding, from the same variables (defaults: supervisor DUCHA,LGO; performance PERF).
  const unitsOf = (variable: string, fallback: readonly string[] = []) => process.env[variable]?.split(',').map((u) => u.trim()).filter(Boolean) ?? fallback;
  const binding = roleUnitViolation({ unit: values.unit as string, roles: roles as Role[] }, { supervisor: unitsOf('SUPERVISOR_UNITS', DEFAULT_ROLE_UNITS.supervisor), performance: unitsOf('PERFORMANCE_UNITS', DEFAULT_ROLE_UNITS.performance) });
  if (binding) throw new Error(`${binding} (SUPERVISOR_UNITS / PERFORMANCE_UNITS); the API would refuse this token`);
  if (!BUILT_IN_UNITS.includes(values.unit as string)) console.error(`note: ${values.unit} is not a unit of the built-in plans; the API accepts the token only once a plan naming it is loaded`);
  const secret = devJwtSecret(stackConfig().dataDir);
  console.log(await signToken({ sub: values.sub as string, unit: values.unit as string, roles: roles as Role[] }, secret, ttl, cap));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
