import { parseArgs } from 'node:util';
import { ROLES, signToken, type Role } from '@duban/auth';
import { stackConfig } from '@duban/stack';
import { devJwtSecret } from './dev-secret';

/** `npm run token -- --sub NAME --unit UNIT --roles official[,supervisor,...] [--ttl SECONDS]` prints a dev token. */
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
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  const secret = devJwtSecret(stackConfig().dataDir);
  console.log(await signToken({ sub: values.sub as string, unit: values.unit as string, roles: roles as Role[] }, secret, ttl));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
