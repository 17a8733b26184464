import path from 'node:path';
import { DateTime } from 'luxon';
import { signToken, type Principal } from '@duban/auth';
import { loadDotEnv } from '@duban/config';
import type { DevUserList } from '@duban/contracts';
import { startStack, stackConfig, stopStack } from '@duban/stack';
import { ApiClient, AppProcess, ensureConsoleBuilt, generateSampleEnterprises, localAuditChainKeyFile, waitFor, type AppName } from '@duban/testing';
import { devJwtSecret } from './dev-secret';

/**
 * `npm start`: the local stack, the web console (built unless its build is newer than its
 * sources), the three apps with the dev sign-in on, and the seed plan rebased to today. Prints the
 * console's URL and the dev users it offers. Ctrl-C stops everything this command started,
 * servers included.
 */
const SEED = 'shenzhen-2009-98';
/** Who loads the seed plan and its sample enterprises at start (a token signed here, never printed). */
const LOADER: Principal = { sub: 'admin', unit: 'LGO', roles: ['admin', 'supervisor'] };

async function main(): Promise<void> {
  // A local `.env` (or DUBAN_ENV_FILE) moves ports and sets the apps' options; the environment wins over it.
  const envFile = loadDotEnv();
  if (envFile) console.log(`duban: read ${envFile}`);
  const config = stackConfig();
  const apps: AppProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => undefined);
    stopping = true;
    console.log('\nduban: stopping the apps and the local stack…');
    await Promise.all(apps.map((a) => a.stop()));
    await stopStack();
    console.log('duban: stopped; nothing left running.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(0));

  try {
    // Before the API starts (it reads the console's index.html once, at boot), and before the
    // servers, so that a failed build or budget stops here with nothing to tear down.
    if ((await ensureConsoleBuilt()) === 'fresh') console.log('duban: the console is built and newer than its sources (dist/apps/console).');
    console.log('duban: starting the local stack (Temporal, Kafka, PostgreSQL + FerretDB)…');
    await startStack();
    const secret = devJwtSecret(config.dataDir);
    const port = Number(process.env['PORT'] ?? 3000);
    // The audit chain's key and its checkpoints live in the data dir, outside the database (issue 12).
    const audit = { ...(!process.env['AUDIT_CHAIN_KEY'] && { AUDIT_CHAIN_KEY_FILE: localAuditChainKeyFile(config.dataDir) }), AUDIT_CHECKPOINT_FILE: path.join(config.dataDir, 'audit', 'checkpoints.jsonl') };
    // DEV_SIGN_IN: the console's dev sign-in (GET /dev/users, POST /dev/token) with the local secret.
    const env: NodeJS.ProcessEnv = { ...config.appEnv, JWT_SECRET: secret, PORT: String(port), DEV_SIGN_IN: 'on', ...audit, ...pick(process.env, ['TEMPORAL_TASK_QUEUE', 'HOST', 'AUDIT_CHAIN_KEY', 'AUDIT_CHAIN_KEY_FILE', 'AUDIT_CHECKPOINT_FILE', 'AUDIT_CHAIN_ACCEPT_UNKEYED']) };
    const logDir = path.join(config.dataDir, 'logs');
    const ready: Record<AppName, RegExp> = { worker: /duban worker polling/, consumers: /audit consumer in group/, api: /duban api listening/ };
    for (const name of ['worker', 'consumers', 'api'] as const) {
      const app = AppProcess.start(name, env, logDir);
      apps.push(app);
      app.onExit((exit) => {
        if (stopping) return;
        console.error(`duban: ${name} exited unexpectedly (${exit}); its log is ${app.logFile}:\n${app.log.slice(-3000)}`);
        void shutdown(1);
      });
    }
    await Promise.all(apps.map((a) => a.waitForOutput(ready[a.name], 120_000)));

    const baseUrl = `http://127.0.0.1:${port}`;
    const api = new ApiClient(baseUrl);
    await waitFor('the API to report every dependency healthy', async () => ((await api.get('/health')).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 500 });

    const admin = await signToken(LOADER, secret);
    const today = DateTime.now().setZone('Asia/Shanghai').toISODate() as string;
    const loaded = await api.post<{ code?: string }>('/plans', { template: SEED, planId: SEED, rebaseTo: today }, admin);
    if (loaded.status === 201) {
      console.log(`duban: loaded plan ${SEED}, rebased so that it was issued today (${today}).`);
      const sample = generateSampleEnterprises();
      const imported = await api.post<{ registered: string[]; rejected: unknown[] }>('/enterprises/import', { planId: SEED, enterprises: sample }, admin);
      if (imported.status !== 200 && imported.status !== 201) throw new Error(`importing the sample enterprises failed: ${imported.status} ${JSON.stringify(imported.body)}`);
      console.log(
        `duban: registered ${imported.body.registered.length} fictional sample enterprises across the 8 districts; they wait for the evaluation index and are classified when T1 is accepted.`,
      );
    }
    else if (loaded.status === 409) console.log(`duban: plan ${SEED} was already loaded (kept in ${config.dataDir}).`);
    else throw new Error(`loading ${SEED} failed: ${loaded.status} ${JSON.stringify(loaded.body)}`);

    // The users the console's sign-in page offers, as the API lists them (one source: @duban/contracts).
    const users = await api.get<DevUserList>('/dev/users');
    if (users.status !== 200) throw new Error(`GET /dev/users answered ${users.status}: ${JSON.stringify(users.body)}`);
    const idWidth = Math.max(...users.body.items.map((u) => u.id.length));
    console.log(`
Duban is running.
  Console      ${baseUrl}/console/
  API          ${baseUrl}
  OpenAPI      ${baseUrl}/docs
  Temporal UI  http://127.0.0.1:${config.ports.temporalUi.port}
  Logs         ${logDir}

Dev users (pick one on the console's sign-in page; local only, DEV_SIGN_IN=on):
${users.body.items.map((u) => `  ${u.id.padEnd(idWidth)}  ${u.name}（${u.unit}，${u.roles.join('、')}）`).join('\n')}

Try:
  curl -s ${baseUrl}/health
  curl -s -X POST -H 'Content-Type: application/json' -d '{"userId":"dev.ducha"}' ${baseUrl}/dev/token
  curl -s -H "Authorization: Bearer <token>" ${baseUrl}/plans/${SEED}
  (or: npm run token -- --sub NAME --unit UNIT --roles official)

Ctrl-C stops everything.`);
  } catch (e) {
    console.error(`duban: start failed: ${e instanceof Error ? e.message : String(e)}`);
    await shutdown(1);
  }
}

function pick(env: NodeJS.ProcessEnv, keys: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(keys.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
}

void main();
