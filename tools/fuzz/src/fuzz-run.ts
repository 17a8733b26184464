import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Principal } from '@duban/auth';
import type { StackConfig, StackReporter } from '@duban/stack';
import { generateSampleEnterprises, GiveUp, waitFor } from '@duban/testing';
import { FuzzApps } from './fuzz-apps';
import { summariseNdjson, summaryLine, totalsOf, type FuzzTotals, type RoleResult } from './fuzz-report';
import { ensureSchemathesis } from './schemathesis.install';

/** One token the document is fuzzed with. */
export interface FuzzRole {
  name: string;
  principal: Principal;
}

/**
 * Every role once, each with the unit it is bound to: an official of a district and one of a
 * commission (they own different tasks and enterprise steps), 督查室's supervisor, 绩效办's
 * performance officer, and an admin.
 */
export const FUZZ_ROLES: readonly FuzzRole[] = [
  { name: 'official-futian', principal: { sub: 'fuzz.futian', unit: 'FUTIAN', roles: ['official'] } },
  { name: 'official-stiic', principal: { sub: 'fuzz.stiic', unit: 'STIIC', roles: ['official'] } },
  { name: 'supervisor', principal: { sub: 'fuzz.ducha', unit: 'DUCHA', roles: ['supervisor'] } },
  { name: 'performance', principal: { sub: 'fuzz.perf', unit: 'PERF', roles: ['performance'] } },
  { name: 'admin', principal: { sub: 'fuzz.admin', unit: 'LGO', roles: ['admin'] } },
];

/**
 * The checks every response must pass. `not_a_server_error`: no 5xx. `response_schema_conformance`:
 * the body matches the schema documented for its status. `status_code_conformance` and
 * `content_type_conformance`: the status and the media type are documented for the operation.
 * Left out: `negative_data_rejection` and `positive_data_acceptance` (they judge whether the API
 * *should* have accepted a generated input, which schemathesis cannot know where a rule is not in
 * the document: a task id naming a task that does not exist, a step out of turn), `ignored_auth`
 * (the bearer token is passed as a plain header, not as a security scheme schemathesis could
 * remove), and the stateful checks (`use_after_free`, `ensure_resource_availability`), which need
 * OpenAPI links the document does not have.
 */
export const FUZZ_CHECKS = ['not_a_server_error', 'response_schema_conformance', 'status_code_conformance', 'content_type_conformance'] as const;

/**
 * The apps' environment for a fuzz run, on top of the stack's. Each entry says why.
 */
export const FUZZ_APP_ENV: Readonly<Record<string, string>> = {
  // The fuzzer creates webhook subscriptions to URLs it generated: the delivery loop must not send
  // to them (nothing leaves 127.0.0.1 from a test run). Its first poll happens at start, before any
  // subscription exists, the next one a day later. Sending is proven by the webhook e2e tests.
  WEBHOOK_POLL_MS: '86400000',
  // Rate limits off (0): the fuzzer drives one API process from one address and one subject per
  // role at ~15 requests a second, above the per-address, per-subject and failed-authentication
  // limits by design, and its 401 cases would spend the failure budget. The limits are proven by
  // test/rate-limit.e2e.spec.ts; here a 429 would only hide what the fuzzer is looking for.
  RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
  AUTH_FAILURE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_HEALTH_PER_MINUTE: '0',
};

export interface FuzzOptions {
  /** Cases per operation and phase (`--max-examples`). */
  maxExamples: number;
  /** Hypothesis's seed: the same seed, document and data generate the same cases. */
  seed: number;
  /** The bound of one role's run, in seconds: past it schemathesis is stopped and the run fails. */
  runTimeoutSeconds: number;
  /** schemathesis's concurrent workers (2 cores: 2). */
  workers: number;
  /** Test phases (`--phases`). */
  phases: string;
  /** Only these roles (by {@link FuzzRole.name}); empty: all. */
  roles: readonly string[];
  /** Passed to `st run` after ours, e.g. `--include-path /tasks/{taskId} --include-method GET`. */
  extraArgs: readonly string[];
}

/** The defaults, each overridable by its environment variable. */
export function fuzzOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): FuzzOptions {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer in ${min}..${max}, got '${raw}'`);
    return value;
  };
  return {
    // 10 cases × 55 operations × 5 roles keeps the step near 3 minutes on 2 shared cores.
    maxExamples: int('FUZZ_MAX_EXAMPLES', 10, 1, 1000),
    seed: int('FUZZ_SEED', 98, 0, 2 ** 31 - 1),
    // A bound against a hang, not a target: a role takes ~35 s on an idle 2-core machine, and up to
    // 90 s when five test runs share it.
    runTimeoutSeconds: int('FUZZ_RUN_TIMEOUT_S', 180, 10, 3600),
    workers: int('FUZZ_WORKERS', 2, 1, 16),
    // The coverage phase (boundary values of every parameter) sends ~4,000 requests per role, over
    // 2 minutes each here: run it on demand (FUZZ_PHASES=examples,coverage,fuzzing), not in npm test.
    phases: env['FUZZ_PHASES'] ?? 'examples,fuzzing',
    roles: (env['FUZZ_ROLES'] ?? '').split(',').filter((r) => r !== ''),
    extraArgs: [],
  };
}

export interface FuzzOutcome {
  results: RoleResult[];
  totals: FuzzTotals;
  /** Roles whose run did not finish within the bound, or exited without a report. */
  incomplete: string[];
  line: string;
  /** Where the reports and the apps' logs are. */
  reportDir: string;
}

/**
 * Fuzzes the live API with schemathesis once per role, against a running local stack: starts the
 * three apps (own database, task queue and consumer groups), loads the seed plan and the fictional
 * sample enterprises so that lists answer real rows, and runs `st run <api>/docs/openapi.json`
 * with each role's token. Cleans up whatever the run created, whatever happened.
 */
export async function runFuzz(stack: StackConfig, options: FuzzOptions, log: StackReporter): Promise<FuzzOutcome> {
  const roles = options.roles.length === 0 ? FUZZ_ROLES : FUZZ_ROLES.filter((r) => options.roles.includes(r.name));
  const unknown = options.roles.filter((name) => !FUZZ_ROLES.some((r) => r.name === name));
  if (unknown.length > 0) throw new Error(`unknown fuzz role(s) ${unknown.join(', ')}; roles are ${FUZZ_ROLES.map((r) => r.name).join(', ')}`);

  const st = await ensureSchemathesis(stack, log);
  const apps = await FuzzApps.start(stack, FUZZ_APP_ENV, log);
  const reportDir = path.join(stack.dataDir, 'fuzz', apps.runId);
  mkdirSync(reportDir, { recursive: true });
  try {
    await seed(apps, log);
    const results: RoleResult[] = [];
    const incomplete: string[] = [];
    for (const role of roles) {
      const token = await apps.token(role.principal);
      const report = path.join(reportDir, `${role.name}.ndjson`);
      const started = Date.now();
      const ended = await runSchemathesis(st, apps.baseUrl, token, report, reportDir, options);
      let result: RoleResult;
      try {
        result = summariseNdjson(role.name, readFileSync(report, 'utf8'));
      } catch {
        result = summariseNdjson(role.name, '');
      }
      if (ended !== 'completed' || result.requests === 0) incomplete.push(`${role.name} (${ended === 'completed' ? 'sent no request' : ended})`);
      results.push(result);
      log(
        `${role.name} (${role.principal.unit}, ${role.principal.roles.join(',')}): ${result.operations} operations, ${result.requests} requests, ` +
          `${result.serverErrors} server errors, ${result.schemaViolations} schema violations, ${result.otherFailures} other failures, ${result.errors} errors ` +
          `in ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      for (const f of result.findings) log(`  ✗ ${f.operation} — ${f.check}: ${f.message} (case ${f.caseId})`);
    }
    const totals = totalsOf(results);
    if (totals.serverErrors > 0) log(`the API's log for the 5xx: ${path.join(apps.logDir, 'api.log')}`);
    return { results, totals, incomplete, line: summaryLine(totals), reportDir };
  } finally {
    writeFileSync(path.join(reportDir, 'api.log'), apps.apiLog);
    await apps.cleanUp(log);
  }
}

/**
 * The seed plan (rebased to today, under a run-specific id: plan and task workflow ids derive from
 * it, and the namespace is shared with anything else on the stack) and the sample enterprises;
 * waits until the task inbox shows the plan's tasks, so list reads answer real rows.
 */
async function seed(apps: FuzzApps, log: StackReporter): Promise<void> {
  const admin = await apps.token({ sub: 'fuzz.seed', unit: 'LGO', roles: ['admin'] });
  const supervisor = await apps.token({ sub: 'fuzz.seed', unit: 'DUCHA', roles: ['supervisor'] });
  const planId = `fuzz-${apps.runId}`;
  const today = DateTime.now().setZone('Asia/Shanghai').toISODate() as string;
  const loaded = await apps.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today }, admin);
  if (loaded.status !== 201) throw new Error(`loading the seed plan as ${planId} failed: ${loaded.status} ${JSON.stringify(loaded.body)}`);
  // Enterprise workflow ids derive from the enterprise id, and an id once used in the namespace is
  // refused (ALREADY_REGISTERED): each run registers its own.
  const enterprises = generateSampleEnterprises(2009, 24).map((e) => ({ ...e, id: `${e.id}-${apps.runId.toUpperCase()}` }));
  const imported = await apps.api.post<{ registered: string[]; rejected: unknown[] }>('/enterprises/import', { planId, enterprises }, admin);
  if (imported.status !== 200 || imported.body.registered.length === 0) {
    throw new Error(`importing the sample enterprises failed: ${imported.status} ${JSON.stringify(imported.body).slice(0, 1000)}`);
  }
  // Waiting longer than this only delays the run: the fuzzer's checks hold on an empty inbox too
  // (the projection itself is proven by the e2e tests), it just reads fewer real rows.
  const tasks = await waitFor(
    `the task inbox to list plan ${planId}'s tasks`,
    async () => {
      const res = await apps.api.get<{ items: unknown[] }>(`/tasks?planId=${planId}&limit=100`, supervisor);
      if (res.status !== 200) throw new GiveUp(`the task inbox answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body.items.length >= 11 ? res.body.items.length : undefined;
    },
    // The consumers project the plan's events into the inbox; on a loaded machine that takes a while.
    { timeoutMs: 120_000, intervalMs: 500 },
  ).catch((e: unknown) => {
    if (e instanceof GiveUp) throw e;
    log(`the task inbox did not list the plan's tasks within 120 s (a loaded machine); fuzzing with what it holds`);
    return 0;
  });
  log(`seeded: plan ${planId} (${tasks} tasks in the inbox), ${imported.body.registered.length} sample enterprises`);
  log('operations: every one in /docs/openapi.json but streamLive (GET /live, server-sent events: never ends); every other answers within the API request budget');
}

/** Loads `tools/fuzz/hooks/duban_fuzz_hooks.py` into schemathesis (why: see that file). */
const HOOKS_ENV = {
  SCHEMATHESIS_HOOKS: 'duban_fuzz_hooks',
  PYTHONPATH: path.resolve(__dirname, '../hooks'),
};

type RunEnd = 'completed' | `exceeded ${number} s` | `exited with ${string}`;

/**
 * One `st run`. Exit code 1 means "failures found", which the report counts; only a run cut off
 * by the time bound, or one that exits otherwise without a report, is not complete.
 */
function runSchemathesis(st: string, baseUrl: string, token: string, report: string, cwd: string, options: FuzzOptions): Promise<RunEnd> {
  const args = [
    'run',
    `${baseUrl}/docs/openapi.json`,
    '--header',
    `Authorization: Bearer ${token}`,
    '--checks',
    FUZZ_CHECKS.join(','),
    '--phases',
    options.phases,
    '--max-examples',
    String(options.maxExamples),
    '--seed',
    String(options.seed),
    '--workers',
    String(options.workers),
    // Every route answers within the API's request budget (5 s; the audit export's store limit is 8 s).
    '--request-timeout',
    '15',
    // All failures of a run, not only each operation's first; no shrinking, which could take
    // longer than the run's bound and is not needed to read a finding from the report.
    '--continue-on-failure',
    '--no-shrink',
    // No example database: the same seed must generate the same cases, whatever ran before.
    '--generation-database',
    'none',
    '--report',
    'ndjson',
    '--report-ndjson-path',
    report,
    '--no-color',
    // GET /live never ends (server-sent events): a case would only end at --request-timeout and be
    // reported as a timeout. Its status, media type and refusals are checked by the BOLA matrix and
    // test/live.e2e.spec.ts instead.
    '--exclude-operation-id',
    'streamLive',
    ...options.extraArgs,
  ];
  return new Promise((resolve, reject) => {
    // Its own process group, so the bound stops its workers too; cwd is the run's report folder,
    // where schemathesis leaves its working files.
    const child = spawn(st, args, { cwd, env: { ...process.env, ...HOOKS_ENV }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.runTimeoutSeconds * 1000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      writeFileSync(`${report.replace(/\.ndjson$/, '')}.out.txt`, Buffer.concat(output));
      if (timedOut) resolve(`exceeded ${options.runTimeoutSeconds} s`);
      else if (code === 0 || code === 1) resolve('completed');
      else resolve(`exited with ${signal ?? `code ${code}`}`);
    });
  });
}
