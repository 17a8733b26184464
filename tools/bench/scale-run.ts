import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { signToken } from '@duban/auth';
import { stackConfig } from '@duban/stack';
import { AppProcess, freePort } from '@duban/testing';
import { BENCH_RATE_LIMITS } from './bench-apps';
import { alternate, type Route } from './load';
import { READ_HEADER, check, readRows, summarizeReads, table, type RouteSummary, type TargetCheck } from './report';
import { fmt } from './stats';

const repoRoot = path.resolve(__dirname, '../..');

export interface ScaleOptions {
  /** Enterprise cases in the simulation (`--scale-enterprises`; the figure is 100,000). */
  enterprises: number;
  /** The simulation is stopped (and reported as not finished) after this long, ms. */
  timeoutMs: number;
  /** Seconds per read block (one client). */
  readDurationS: number;
  /** Rounds of the read blocks, the order rotated every round. */
  rounds: number;
}

/** The scale targets: 100,000 enterprises, and reads of the list and roll-ups at that size. */
export const SCALE_TARGETS = { enterprises: 100_000, readP99Ms: 50 } as const;

export interface ScaleResult {
  options: ScaleOptions;
  exitCode: number | null;
  wallS: number;
  log: string;
  /** From the simulation's own report (`meta`): events published, audit records projected, phase times. */
  simulation?: { planId: string; events: number; publishCalls: number; auditEvents: number; simulateMs: number; catchUpMs: number };
  /** Events published per second of the simulation phase (workflows under time skipping → Kafka). */
  publishedPerS?: number;
  /** Audit records projected per second from the simulation's start until the consumers caught up (Kafka → projections). */
  projectedPerS?: number;
  /** `dbStats` of the run's database, and its document counts that matter here. */
  store?: { dataSizeBytes: number; storageSizeBytes: number; indexSizeBytes: number; objects: number; enterprises: number; auditEvents: number };
  loadAverage?: number[];
  reads?: RouteSummary[];
}

/**
 * The scale run: `npm run simulate -- --enterprises N --keep-db` as a child process (the seed plan
 * over its years under time skipping, through real Kafka into the real consumers), then, on the
 * database it kept, `dbStats` and the enterprise list and roll-ups read through a real API with
 * one client, in alternating rounds beside the no-op route. The database is dropped at the end.
 * Nothing is extrapolated: the figures are for the N that ran.
 */
export async function runScale(opts: ScaleOptions, log: (line: string) => void): Promise<ScaleResult> {
  const stack = stackConfig();
  const outDir = path.join(stack.dataDir, `bench-scale-${Date.now().toString(36)}`);
  const logFile = path.join(stack.logDir, `bench-scale-${Date.now()}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile);
  let output = '';
  const t0 = performance.now();
  log(`scale: npm run simulate -- --enterprises ${opts.enterprises} --keep-db (at most ${fmt(opts.timeoutMs / 60_000)} min; log ${logFile})`);
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(repoRoot, 'tools/simulate/simulate.ts'), '--enterprises', String(opts.enterprises), '--keep-db', '--out', outDir], {
    cwd: repoRoot,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    out.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const limit = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  clearTimeout(limit);
  out.end();
  const result: ScaleResult = { options: opts, exitCode, wallS: (performance.now() - t0) / 1000, log: logFile };
  const database = /database kept: (\S+)/.exec(output)?.[1];
  try {
    const report = JSON.parse(readFileSync(path.join(outDir, 'simulation-98.json'), 'utf8')) as {
      meta: { planId: string; events: number; publishCalls: number; auditEvents: number; timings: { simulateMs: number; catchUpMs: number } };
    };
    const m = report.meta;
    result.simulation = { planId: m.planId, events: m.events, publishCalls: m.publishCalls, auditEvents: m.auditEvents, simulateMs: m.timings.simulateMs, catchUpMs: m.timings.catchUpMs };
    result.publishedPerS = m.events / (m.timings.simulateMs / 1000);
    result.projectedPerS = m.auditEvents / ((m.timings.simulateMs + m.timings.catchUpMs) / 1000);
  } catch {
    log(`scale: no simulation report in ${outDir} (exit ${exitCode}): see ${logFile}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  if (!database || !result.simulation) return result;

  const uri = stack.appEnv.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
  const mongo = await MongoClient.connect(uri);
  let api: AppProcess | undefined;
  try {
    const db = mongo.db();
    const stats = await db.command({ dbStats: 1 });
    result.store = {
      dataSizeBytes: Number(stats['dataSize']),
      storageSizeBytes: Number(stats['storageSize']),
      indexSizeBytes: Number(stats['indexSize']),
      objects: Number(stats['objects']),
      enterprises: await db.collection('enterprises').countDocuments(),
      auditEvents: await db.collection('audit_events').countDocuments(),
    };
    log(`scale: store ${JSON.stringify(result.store)}`);

    const port = await freePort();
    const secret = randomBytes(32).toString('hex');
    api = AppProcess.start(
      'api',
      {
        ...stack.appEnv,
        MONGODB_URI: uri,
        JWT_SECRET: secret,
        PORT: String(port),
        HOST: '127.0.0.1',
        // As in the R5 bench: the limiter stays in the path with limits far above one client's rate.
        ...BENCH_RATE_LIMITS,
      },
      path.join(stack.logDir, `bench-scale-api-${port}`),
    );
    await api.waitForOutput(/duban api listening/, 120_000);
    const token = await signToken({ sub: 'bench.supervisor', unit: 'DUCHA', roles: ['supervisor'] }, secret);
    const planId = result.simulation.planId;
    const routes: Route[] = [
      { name: 'noop', path: '/me', token, expect: 200 },
      { name: 'enterprises', path: '/enterprises?limit=20', token, expect: 200 },
      { name: 'rollup-district', path: `/enterprises/rollups?by=district&planId=${planId}`, token, expect: 200 },
      { name: 'rollup-track', path: `/enterprises/rollups?by=track&planId=${planId}`, token, expect: 200 },
      { name: 'cockpit', path: `/cockpit?planId=${planId}`, token, expect: 200 },
    ];
    const baseUrl = `http://127.0.0.1:${port}`;
    const load = { connections: 1, durationS: 1, timeoutS: 10 };
    await alternate(baseUrl, routes, 1, load);
    result.loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
    log(`scale: reads at ${result.store.enterprises} enterprises: ${opts.rounds} rounds × ${routes.length} routes × ${opts.readDurationS} s, one client`);
    const blocks = await alternate(baseUrl, routes, opts.rounds, { ...load, durationS: opts.readDurationS });
    result.reads = summarizeReads(blocks, 'noop');
  } finally {
    await api?.stop().catch(() => undefined);
    // Last, after the API is gone: FerretDB 1.24 can crash when a database is dropped while a client reads it.
    await mongo
      .db()
      .dropDatabase()
      .catch((e: unknown) => log(`scale: dropping ${database} failed: ${e instanceof Error ? e.message : String(e)}`));
    await mongo.close();
  }
  return result;
}

const mib = (bytes: number) => `${fmt(bytes / 2 ** 20)} MiB`;

/** The scale part of `npm run bench`: runs it, prints its figures and judges the read target. */
export async function benchScale(opts: ScaleOptions, log: (line: string) => void): Promise<{ result: ScaleResult; targets: TargetCheck[] }> {
  const result = await runScale(opts, log);
  const s = result.simulation;
  const rows: string[][] = [
    ['enterprises asked', String(opts.enterprises)],
    ['simulate exit code, wall time', `${result.exitCode}, ${fmt(result.wallS)} s`],
    ...(s
      ? [
          ['simulation phase (workflows, time skipping → Kafka)', `${fmt(s.simulateMs / 1000)} s, ${s.events} events (${s.publishCalls} publish calls), ${fmt(result.publishedPerS ?? Number.NaN)} events/s`],
          ['consumers catching up after it', `${fmt(s.catchUpMs / 1000)} s; ${s.auditEvents} audit records, ${fmt(result.projectedPerS ?? Number.NaN)} records/s over both phases`],
        ]
      : []),
    ...(result.store
      ? [
          ['store (dbStats)', `data ${mib(result.store.dataSizeBytes)}, storage ${mib(result.store.storageSizeBytes)}, indexes ${mib(result.store.indexSizeBytes)}, ${result.store.objects} documents`],
          ['enterprises / audit records in the store', `${result.store.enterprises} / ${result.store.auditEvents}`],
        ]
      : []),
  ];
  console.log(`\nScale (the simulation with --enterprises ${opts.enterprises}; figures for that N, nothing extrapolated):\n${table(['figure', 'measured'], rows)}\n`);
  if (result.reads) console.log(`reads at that size, one client, load average ${result.loadAverage?.join(' ')}:\n${table(READ_HEADER, readRows(result.reads))}\n`);
  const targets: TargetCheck[] = [];
  const size = result.store?.enterprises ?? 0;
  targets.push({ target: `Scale: the simulation with ${fmt(SCALE_TARGETS.enterprises)} enterprises finishes`, measured: `${opts.enterprises} run, exit ${result.exitCode}`, pass: opts.enterprises >= SCALE_TARGETS.enterprises && result.exitCode === 0 });
  for (const r of result.reads?.filter((x) => x.route !== 'noop') ?? []) {
    targets.push(check(`Scale ${r.route} at ${size} enterprises (target at ${fmt(SCALE_TARGETS.enterprises)}): p99 one client`, r.p99, SCALE_TARGETS.readP99Ms, 'atMost', ' ms'));
  }
  return { result, targets };
}
