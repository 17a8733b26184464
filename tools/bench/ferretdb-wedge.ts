/**
 * Reproduces the store wedge of issue 9 against a throwaway FerretDB 1.24.2 (and, for
 * `--handler pg`, a throwaway PostgreSQL 15 cluster), and prints what held the backend
 * connections, with the goroutine dump's evidence. See docs/store.md for the findings.
 *
 *   node -r @swc-node/register tools/bench/ferretdb-wedge.ts --handler sqlite|pg [--pool 50]
 *
 * Everything it starts listens on 127.0.0.1 on its own ports, lives in a temporary directory and
 * is stopped and removed at the end. Load stays small (a handful of clients, seconds per step).
 * Exits 0 whatever the findings (1 only when it could not run): this is a measurement, not a test.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient, type AnyBulkWriteOperation, type Document, type FindCursor } from 'mongodb';

const HOST = '127.0.0.1';
const PG_BIN = '/usr/lib/postgresql/15/bin';
/** FerretDB's SQLite backend opens one `database/sql` pool of this size per database (`metadata/pool/opendb.go`). */
const SQLITE_POOL_PER_DATABASE = 100;
/** How long a probe may take before the store counts as wedged: a healthy probe answers in milliseconds. */
const PROBE_TIMEOUT_MS = 3_000;
const APP_DB = 'duban';
const SIM_DB = 'duban_sim';

interface Options {
  handler: 'sqlite' | 'pg';
  ferretdb: string;
  port: number;
  debugPort: number;
  pgPort: number;
  /** `pool_max_conns` of FerretDB's pgx pool (PostgreSQL only); FerretDB's default is 50. */
  pool: number;
  docs: number;
  idleMs: number;
  /** Which numbered scenarios to run (all by default). */
  scenarios: Set<number>;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      handler: { type: 'string' },
      ferretdb: { type: 'string', default: join(process.env['DUBAN_CACHE_DIR'] ?? join(homedir(), '.cache', 'duban'), 'ferretdb-1.24.2', 'ferretdb') },
      port: { type: 'string', default: '27460' },
      'debug-port': { type: 'string', default: '27461' },
      'pg-port': { type: 'string', default: '55460' },
      pool: { type: 'string', default: '50' },
      docs: { type: 'string', default: '300' },
      'idle-ms': { type: 'string', default: '20000' },
      scenarios: { type: 'string', default: '1,2,3,4,5,6,7' },
    },
  });
  const handler = values.handler;
  if (handler !== 'sqlite' && handler !== 'pg') throw new Error('--handler must be sqlite or pg');
  const int = (name: string, v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${v}`);
    return n;
  };
  return {
    handler,
    ferretdb: values.ferretdb,
    port: int('port', values.port),
    debugPort: int('debug-port', values['debug-port']),
    pgPort: int('pg-port', values['pg-port']),
    pool: int('pool', values.pool),
    docs: int('docs', values.docs),
    idleMs: int('idle-ms', values['idle-ms']),
    scenarios: new Set(values.scenarios.split(',').map((v) => int('scenarios', v))),
  };
}

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 23)} ${line}`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `work`'s outcome, or `fallback` when it takes longer than `ms`. The work is left running: its
 * late rejection (its client closed under it) is absorbed here rather than crashing the process.
 */
async function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  const settled = work.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  const r = await Promise.race([settled, sleep(ms).then(() => fallback)]);
  if (r instanceof Error) throw r;
  return r;
}

async function waitUntil(what: string, deadlineMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** A detached child whose whole process group is stopped at the end. */
class Server {
  constructor(readonly child: ChildProcess) {}

  static start(cmd: string, args: string[], logFile: string): Server {
    const out = openSync(logFile, 'a');
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', out, out] });
    return new Server(child);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    process.kill(-pid, signal);
    const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!killed) {
      process.kill(-pid, 'SIGKILL');
      await exited;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

interface Store {
  uri: string;
  /** Stops FerretDB (SIGTERM) and starts it again on the same data: the only thing that clears a permanent wedge. */
  restartFerretDB(): Promise<void>;
  /** PostgreSQL only: FerretDB's backend connections by state, from `pg_stat_activity`. */
  backendConnections(): string;
  stop(): Promise<void>;
}

async function startStore(o: Options): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), `duban-ferretdb-wedge-${o.handler}-`));
  const servers: Server[] = [];
  let pgUrl = '';
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const psql = (db: string, sql: string) =>
    execFileSync(join(PG_BIN, 'psql'), ['-h', HOST, '-p', String(o.pgPort), '-U', 'duban', '-d', db, '-At', '-c', sql], { encoding: 'utf8', stdio: 'pipe' }).trim();

  if (o.handler === 'pg') {
    const data = join(dir, 'pg');
    if (asPostgres.length > 0) {
      // initdb and postgres refuse root: the cluster belongs to the unprivileged `postgres` user.
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      chownSync(dir, uid, gid);
    }
    const [cmd, ...pre] = [...asPostgres, join(PG_BIN, 'initdb')];
    execFileSync(cmd as string, [...pre, '-D', data, '-U', 'duban', '--auth=trust'], { stdio: 'ignore' });
    const maxConnections = o.pool + 50;
    const [pgCmd, ...pgPre] = [...asPostgres, join(PG_BIN, 'postgres')];
    servers.push(
      Server.start(
        pgCmd as string,
        [...pgPre, '-D', data, '-p', String(o.pgPort), '-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories=', '-c', `max_connections=${maxConnections}`],
        join(dir, 'postgres.log'),
      ),
    );
    await waitUntil('PostgreSQL', 30_000, async () => psql('postgres', 'SELECT 1') === '1');
    psql('postgres', 'CREATE DATABASE ferretdb');
    pgUrl = `postgres://duban@${HOST}:${o.pgPort}/ferretdb?pool_max_conns=${o.pool}`;
    log(`postgres: ${PG_BIN}/postgres on ${HOST}:${o.pgPort}, max_connections=${maxConnections}; FerretDB pool_max_conns=${o.pool}`);
  } else {
    mkdirSync(join(dir, 'sqlite'));
  }

  const uri = `mongodb://${HOST}:${o.port}/`;
  let ferret: Server | undefined;
  const startFerretDB = async () => {
    const backend = o.handler === 'pg' ? ['--handler=pg', `--postgresql-url=${pgUrl}`] : ['--handler=sqlite', `--sqlite-url=file:${join(dir, 'sqlite')}/`];
    ferret = Server.start(
      o.ferretdb,
      [...backend, `--listen-addr=${HOST}:${o.port}`, `--debug-addr=${HOST}:${o.debugPort}`, `--state-dir=${dir}`, '--telemetry=disable', '--log-level=warn'],
      join(dir, 'ferretdb.log'),
    );
    await waitUntil('FerretDB', 30_000, async () => {
      const c = new MongoClient(uri, { serverSelectionTimeoutMS: 500 });
      try {
        await c.db('admin').command({ ping: 1 });
        return true;
      } finally {
        await c.close(true);
      }
    });
  };
  await startFerretDB();
  log(`ferretdb: ${o.ferretdb} --handler=${o.handler} on ${HOST}:${o.port}, pprof on ${HOST}:${o.debugPort}, data in ${dir}`);

  return {
    uri,
    async restartFerretDB() {
      await ferret?.stop();
      await startFerretDB();
    },
    backendConnections() {
      if (o.handler !== 'pg') return '';
      return psql('postgres', "SELECT coalesce(string_agg(state || '=' || n, ' '), 'none') FROM (SELECT state, count(*) AS n FROM pg_stat_activity WHERE application_name = 'FerretDB' GROUP BY state ORDER BY state) s");
    },
    async stop() {
      await ferret?.stop();
      // SIGINT is PostgreSQL's fast shutdown: it ends every backend and exits.
      for (const s of servers.reverse()) await s.stop('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Evidence: probes and the goroutine dump

/** A fresh client's small sorted page of `db.tasks`; `hung` when it does not answer within the timeout. */
async function probe(uri: string, db: string): Promise<number | 'hung'> {
  const client = new MongoClient(uri, { maxPoolSize: 1, serverSelectionTimeoutMS: 2_000 });
  const started = Date.now();
  try {
    const page = client.db(db).collection('tasks').find({ unit: 'FUTIAN' }).sort({ updatedAt: -1, _id: 1 }).limit(20).toArray();
    const answered = await within(page.then(() => true), PROBE_TIMEOUT_MS, false);
    return answered ? Date.now() - started : 'hung';
  } finally {
    // FerretDB does not notice this hang-up while the command waits, but a waiting find holds no
    // connection: it runs and ends by itself once one is free.
    await client.close(true).catch(() => undefined);
  }
}

interface DumpSummary {
  goroutines: number;
  /** Goroutines blocked acquiring a backend connection (`database/sql.(*DB).conn` or pgxpool/puddle). */
  waitingForConnection: number;
  /** Goroutines blocked on a metadata registry's RWMutex (SQLite or PostgreSQL backend). */
  waitingForRegistryLock: number;
  /** One goroutine per cursor FerretDB keeps in its cursor registry. */
  openCursors: number;
  /** Blocked goroutines by command handler and what they wait for. */
  blockedHandlers: Record<string, number>;
  excerpts: string[];
}

function frames(stack: string): string[] {
  return stack
    .split('\n')
    .filter((l) => !l.startsWith('\t') && l.trim() !== '')
    .map((l) => l.replace(/\{[^{}]*\}/g, '{}').replace(/\([^()]*\)$/, '()').replace('github.com/FerretDB/FerretDB/', ''));
}

async function goroutineDump(o: Options): Promise<DumpSummary> {
  const res = await fetch(`http://${HOST}:${o.debugPort}/debug/pprof/goroutine?debug=2`);
  const stacks = (await res.text()).split('\n\n').filter((s) => s.startsWith('goroutine '));
  const summary: DumpSummary = { goroutines: stacks.length, waitingForConnection: 0, waitingForRegistryLock: 0, openCursors: 0, blockedHandlers: {}, excerpts: [] };
  const seen = new Set<string>();
  for (const stack of stacks) {
    const f = frames(stack);
    if (f.some((l) => l.includes('cursor.(*Registry).NewCursor.func'))) summary.openCursors++;
    const onConn = f.some((l) => l.startsWith('database/sql.(*DB).conn(') || /puddle.*\(\*Pool\)\.acquire|pgxpool\.\(\*Pool\)\.Acquire/.test(l));
    const onRegistry = !onConn && f.some((l) => /sync\.\(\*RWMutex\)\.(R)?Lock/.test(l)) && f.some((l) => /backends\/(sqlite|postgresql)\/metadata\.\(\*Registry\)/.test(l));
    if (!onConn && !onRegistry) continue;
    if (onConn) summary.waitingForConnection++;
    else summary.waitingForRegistryLock++;
    const handler = f.find((l) => /handler\.\(\*Handler\)\.Msg\w+/.test(l))?.match(/Msg\w+/)?.[0] ?? 'other';
    const registryFn = f.find((l) => /metadata\.\(\*Registry\)\.\w+/.test(l))?.match(/\(\*Registry\)\.(\w+)/)?.[1];
    const key = `${handler}${registryFn ? ` via Registry.${registryFn}` : ''} waiting for ${onConn ? 'a connection' : 'the registry lock'}`;
    summary.blockedHandlers[key] = (summary.blockedHandlers[key] ?? 0) + 1;
    if (!seen.has(key)) {
      seen.add(key);
      summary.excerpts.push([f[0], ...f.slice(1).filter((l) => /database\/sql|pgx|puddle|sync\.|internal\/(backends|handler)/.test(l)).slice(0, 12)].join('\n    '));
    }
  }
  return summary;
}

function printDump(d: DumpSummary): void {
  log(
    `  goroutine dump: ${d.goroutines} goroutines, ${d.openCursors} open cursors, ${d.waitingForConnection} waiting for a backend connection, ${d.waitingForRegistryLock} waiting for the registry lock`,
  );
  for (const [k, n] of Object.entries(d.blockedHandlers)) log(`    ${n} × ${k}`);
  for (const e of d.excerpts) log(`  ${e}`);
}

// ---------------------------------------------------------------------------------------------
// Data and load (what apps/api and apps/consumers do, in miniature)

/** A task-inbox-like document: what the API pages through and the consumers update under a sequence guard. */
interface TaskDoc {
  _id: string;
  unit: string;
  status: string;
  updatedAt: Date;
  sequence: number;
  n?: number;
}

const taskId = (i: number) => `t-${String(i).padStart(5, '0')}`;
const UNITS = ['FUTIAN', 'LUOHU', 'NANSHAN', 'YANTIAN', 'BAOAN', 'LONGGANG'];

async function seed(uri: string, docs: number): Promise<void> {
  const client = await MongoClient.connect(uri);
  try {
    for (const db of [APP_DB, SIM_DB]) {
      await client.db(db).dropDatabase();
      const tasks = client.db(db).collection<TaskDoc>('tasks');
      await tasks.insertMany(
        Array.from({ length: docs }, (_, i) => ({
          _id: taskId(i),
          unit: UNITS[i % UNITS.length] as string,
          status: i % 3 === 0 ? 'overdue' : 'open',
          updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
          sequence: 0,
        })),
      );
      await tasks.createIndex({ unit: 1, updatedAt: -1 });
    }
  } finally {
    await client.close();
  }
}

interface LoadResult {
  ops: number;
  errors: number;
}

/** `clients` loops per database of paged finds, counts, aggregates, guarded updates and inserts, until `stop`. */
async function runLoad(uri: string, clients: number, stop: Promise<void>): Promise<LoadResult> {
  const result: LoadResult = { ops: 0, errors: 0 };
  let stopped = false;
  void stop.then(() => (stopped = true));
  const loop = async (db: string, n: number) => {
    const client = await MongoClient.connect(uri, { maxPoolSize: 4 });
    const tasks = client.db(db).collection<TaskDoc>('tasks');
    const events = client.db(db).collection<Document>('events');
    try {
      for (let i = 0; !stopped; i++) {
        const unit = UNITS[(n + i) % UNITS.length] as string;
        const id = taskId((n * 37 + i * 11) % 50);
        const op = (async () => {
          await tasks.find({ unit }).sort({ updatedAt: -1, _id: 1 }).skip((i % 3) * 20).limit(20).toArray();
          await tasks.countDocuments({ unit });
          await tasks.aggregate([{ $match: { unit } }, { $group: { _id: '$status', n: { $sum: 1 } } }]).toArray();
          const cur = await tasks.findOne({ _id: id });
          await tasks.updateOne({ _id: id, sequence: cur?.sequence ?? 0 }, { $set: { updatedAt: new Date() }, $inc: { sequence: 1 } });
          await events.insertOne({ subject: id, at: new Date(), n: i });
        })();
        op.catch(() => undefined);
        const done = await Promise.race([op.then(() => true), stop.then(() => false)]);
        if (!done) break;
        result.ops += 6;
      }
    } catch {
      result.errors++;
    } finally {
      await client.close(true).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, n) => [loop(APP_DB, n), loop(SIM_DB, n)]).flat());
  return result;
}

// ---------------------------------------------------------------------------------------------
// Triggers

/**
 * A client with `size` connections already open, so that `size` commands reach FerretDB at once
 * (the driver otherwise opens two connections at a time and a burst trickles in one by one).
 */
async function warmClient(uri: string, size: number): Promise<MongoClient> {
  const client = new MongoClient(uri, { maxPoolSize: size, minPoolSize: size, maxConnecting: size });
  let ready = 0;
  client.on('connectionReady', () => ready++);
  await client.connect();
  await waitUntil(`${size} pooled connections`, 20_000, async () => ready >= size);
  return client;
}

/**
 * A child process that opens `count` cursors on `db.tasks` and reads one document of each, then
 * waits: a client that holds cursors and goes away only when killed (the simulation, a crashed app).
 */
async function abandonerChild(): Promise<void> {
  const { values } = parseArgs({ options: { uri: { type: 'string' }, db: { type: 'string' }, count: { type: 'string' }, sorted: { type: 'boolean' }, role: { type: 'string' } } });
  const client = await MongoClient.connect(values.uri as string, { maxPoolSize: 10 });
  const cursors: FindCursor<Document>[] = [];
  for (let i = 0; i < Number(values.count); i++) {
    const cursor = values.sorted ? client.db(values.db).collection('tasks').find({}).sort({ _id: 1 }).batchSize(10) : client.db(values.db).collection('tasks').find({}).batchSize(10);
    await cursor.next();
    cursors.push(cursor);
    process.send?.({ opened: cursors.length });
  }
  await new Promise(() => undefined);
}

/** Every abandoner child still alive, so that a failed run leaves none behind. */
const abandoners = new Set<ChildProcess>();

interface Abandoner {
  /** Cursors the child opened; fewer than asked when opening one stalled (the store is wedged). */
  opened: number;
  /** A client disconnect without killCursors, as when a process dies. */
  kill: () => Promise<void>;
}

/** Opens `count` abandoned cursors from a child process; waits until they are open or opening one stalls for 5 s. */
async function abandonCursors(uri: string, db: string, count: number, sorted: boolean): Promise<Abandoner> {
  const child = fork(__filename, ['--role', 'abandoner', '--uri', uri, '--db', db, '--count', String(count), ...(sorted ? ['--sorted'] : [])], { execArgv: process.execArgv, stdio: 'inherit' });
  abandoners.add(child);
  child.once('exit', () => abandoners.delete(child));
  let opened = 0;
  await new Promise<void>((resolve, reject) => {
    let stall = setTimeout(resolve, 15_000);
    child.on('message', (m: { opened: number }) => {
      opened = m.opened;
      clearTimeout(stall);
      if (opened >= count) resolve();
      else stall = setTimeout(resolve, 5_000);
    });
    child.once('exit', (code) => reject(new Error(`abandoner exited with ${code}`)));
  });
  child.removeAllListeners('message');
  return {
    opened,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function report(o: Options, store: Store, what: string): Promise<{ app: number | 'hung'; sim: number | 'hung' }> {
  const [app, sim] = await Promise.all([probe(store.uri, APP_DB), probe(store.uri, SIM_DB)]);
  const pg = store.backendConnections();
  log(`  ${what}: probe ${APP_DB} ${app === 'hung' ? 'HUNG' : `${app} ms`}, ${SIM_DB} ${sim === 'hung' ? 'HUNG' : `${sim} ms`}${pg ? `; PostgreSQL backends of FerretDB: ${pg}` : ''}`);
  return { app, sim };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

async function main(): Promise<void> {
  const o = parseOptions();
  const pool = o.handler === 'pg' ? o.pool : SQLITE_POOL_PER_DATABASE;
  const poolScope = o.handler === 'pg' ? 'one pgx pool shared by every database' : 'one database/sql pool per database';
  log(`FerretDB wedge reproduction: handler ${o.handler}, pool ${pool} (${poolScope})`);
  const store = await startStore(o);
  const findings: Record<string, unknown> = { handler: o.handler, pool, poolScope };
  try {
    await seed(store.uri, o.docs);

    if (o.scenarios.has(1)) {
      log('1. baseline: 3 clients per database (paged find + countDocuments + aggregate + findOne + guarded updateOne + insert) for 8 s');
      {
        const load = runLoad(store.uri, 3, sleep(8_000));
        const r = await load;
        const p = await report(o, store, 'after the load');
        findings['baseline'] = { ...r, probe: p };
        log(`  ${r.ops} operations, ${r.errors} errors`);
      }
    }

    if (o.scenarios.has(2)) {
      log(`2. sorted cursors abandoned: ${pool + 20} × find().sort({_id: 1}).batchSize(10), one document read, never closed`);
      {
        const ab = await abandonCursors(store.uri, APP_DB, pool + 20, true);
        const p = await report(o, store, `${pool + 20} sorted cursors open`);
        const d = await goroutineDump(o);
        printDump(d);
        findings['sortedAbandoned'] = { cursors: pool + 20, probe: p, openCursors: d.openCursors, waitingForConnection: d.waitingForConnection };
        await ab.kill();
      }
    }

    if (o.scenarios.has(3)) {
      log('3. unsorted cursors abandoned: find().batchSize(10), one document read, never closed; 10 more per step until a probe hangs');
      {
        let opened = 0;
        let wedgedAt: number | undefined;
        const children: { kill: () => Promise<void> }[] = [];
        while (opened < pool + 20) {
          const step = Math.min(10, pool + 20 - opened);
          const child = await abandonCursors(store.uri, APP_DB, step, false);
          children.push(child);
          opened += child.opened;
          if (child.opened < step) log(`  opening cursor ${opened + 1} stalled`);
          const p = await report(o, store, `${opened} unsorted cursors open`);
          if (p.app === 'hung' || child.opened < step) {
            wedgedAt = opened;
            break;
          }
        }
        const d = await goroutineDump(o);
        printDump(d);
        const entry: Record<string, unknown> = { wedgedAtCursors: wedgedAt, openCursors: d.openCursors, waitingForConnection: d.waitingForConnection };

        log('3b. with the pool held: createIndexes of an index that already exists (what mongoose autoIndex sends at every start) on the held database');
        const admin = new MongoClient(store.uri, { maxPoolSize: 2 });
        const createIndex = admin.db(APP_DB).collection('tasks').createIndex({ unit: 1, updatedAt: -1 }).then(
          () => 'done',
          (e: unknown) => `failed: ${e instanceof Error ? e.message : String(e)}`,
        );
        await sleep(500);
        const p3b = await report(o, store, 'createIndexes in flight');
        const d3b = await goroutineDump(o);
        printDump(d3b);
        entry['withCreateIndexes'] = { probe: p3b, blocked: d3b.blockedHandlers };

        log(`3c. idle for ${o.idleMs / 1000} s: does FerretDB time out abandoned cursors?`);
        await sleep(o.idleMs);
        const p3c = await report(o, store, `after ${o.idleMs / 1000} s idle`);
        entry['afterIdle'] = { ms: o.idleMs, probe: p3c };

        log('3d. the client that holds the cursors disconnects (SIGKILL, no killCursors)');
        for (const c of children) await c.kill();
        const recovered = await within(createIndex, 10_000, 'still waiting');
        log(`  createIndexes: ${recovered}`);
        await admin.close(true).catch(() => undefined);
        const p3d = await report(o, store, 'after the disconnect');
        const d3d = await goroutineDump(o);
        printDump(d3d);
        entry['afterDisconnect'] = { probe: p3d, openCursors: d3d.openCursors, createIndexes: recovered };
        findings['unsortedAbandoned'] = entry;
      }
    }

    if (o.scenarios.has(4)) {
      log('4. one bulkWrite of N updateOne that each match a document (one `update` command with N statements)');
      {
        const results: Record<string, unknown> = {};
        for (const n of [pool - 1, pool]) {
          const client = await MongoClient.connect(store.uri, { maxPoolSize: 2 });
          const ops: AnyBulkWriteOperation<TaskDoc>[] = Array.from({ length: n }, (_, i) => ({
            updateOne: { filter: { _id: taskId(i) }, update: { $inc: { n: 1 } } },
          }));
          const started = Date.now();
          const bulk = client.db(APP_DB).collection<TaskDoc>('tasks').bulkWrite(ops, { ordered: false });
          const outcome = await within(
            bulk.then((r) => `done in ${Date.now() - started} ms (${r.modifiedCount} modified)`),
            PROBE_TIMEOUT_MS * 2,
            'HUNG',
          );
          log(`  N = ${n}: ${outcome}`);
          results[String(n)] = outcome;
          if (outcome !== 'HUNG') {
            await client.close(true);
            continue;
          }
          await report(o, store, `bulkWrite of ${n} in flight`);
          const d = await goroutineDump(o);
          printDump(d);
          await client.close(true);
          const p = await report(o, store, 'its client disconnected');
          await sleep(5_000);
          const p5 = await report(o, store, '5 s later');
          await store.restartFerretDB();
          const pr = await report(o, store, 'FerretDB restarted');
          results['wedged'] = { blocked: d.blockedHandlers, afterDisconnect: p, fiveSecondsLater: p5, afterRestart: pr };
        }
        findings['bulkUpdate'] = results;
      }
    }

    if (o.scenarios.has(5)) {
      const held = pool - 5;
      log(`5. abandoned cursors beside busy writers: ${held} unsorted cursors abandoned (5 connections left), then 10 concurrent guarded updateOne that match`);
      {
        const ab = await abandonCursors(store.uri, APP_DB, held, false);
        log(`  ${ab.opened} cursors open`);
        const client = await warmClient(store.uri, 10);
        const tasks = client.db(APP_DB).collection<TaskDoc>('tasks');
        const updates = Promise.all(Array.from({ length: 10 }, (_, i) => tasks.updateOne({ _id: taskId(100 + i), sequence: { $gte: 0 } }, { $inc: { sequence: 1 } })));
        const outcome = await within(updates.then(() => 'done'), PROBE_TIMEOUT_MS * 2, 'HUNG');
        log(`  10 updates: ${outcome}`);
        await report(o, store, 'with the updates in flight');
        const d = await goroutineDump(o);
        printDump(d);
        log('  the cursor holder disconnects; the updates are left running');
        await ab.kill();
        const after = await within(updates.then(() => 'done'), 10_000, 'still HUNG');
        log(`  10 updates after the disconnect: ${after}`);
        const p = await report(o, store, 'after the disconnect');
        findings['cursorsBesideWriters'] = { heldCursors: ab.opened, updates: outcome, blocked: d.blockedHandlers, updatesAfterDisconnect: after, probeAfterDisconnect: p };
        await client.close(true);
      }
    }

    if (o.scenarios.has(6)) {
      // Each bulk alone stays well under the pool; any two together need more than it.
      const perBulk = Math.ceil((pool * 0.6) / 5) * 5;
      const bulkOps = (c: number): AnyBulkWriteOperation<TaskDoc>[] =>
        Array.from({ length: perBulk }, (_, i) => ({
          updateOne: { filter: { _id: taskId((c * perBulk + i) % o.docs) }, update: { $setOnInsert: { unit: 'FUTIAN' } }, upsert: true },
        }));
      // ScoreEventRepository.storeAll stores each event with such an upsert: a batch delivered again matches every one.
      log(`6. concurrent bulk writes: 4 clients each send one bulkWrite of ${perBulk} $setOnInsert upserts that match (${4 * perBulk} in all; no cursor anywhere)`);
      const single = await MongoClient.connect(store.uri, { maxPoolSize: 1 });
      const alone = await within(
        single
          .db(APP_DB)
          .collection<TaskDoc>('tasks')
          .bulkWrite(bulkOps(0), { ordered: false })
          .then(() => 'done'),
        PROBE_TIMEOUT_MS * 2,
        'HUNG',
      );
      await single.close(true);
      log(`  one bulkWrite of ${perBulk} alone: ${alone}`);
      const clients = await Promise.all([0, 1, 2, 3].map(() => MongoClient.connect(store.uri, { maxPoolSize: 1 })));
      // A ping opens each client's one connection, so that the four commands arrive together.
      await Promise.all(clients.map((c) => c.db(APP_DB).command({ ping: 1 })));
      const bulks = Promise.all(clients.map((c, i) => c.db(APP_DB).collection<TaskDoc>('tasks').bulkWrite(bulkOps(i), { ordered: false })));
      const outcome = await within(bulks.then(() => 'done'), PROBE_TIMEOUT_MS * 3, 'HUNG');
      log(`  4 bulkWrites of ${perBulk} at once: ${outcome}`);
      const entry: Record<string, unknown> = { perBulk, alone, together: outcome };
      if (outcome === 'HUNG') {
        await report(o, store, 'with the bulk writes in flight');
        const d = await goroutineDump(o);
        printDump(d);
        for (const c of clients) await c.close(true);
        await sleep(2_000);
        const p = await report(o, store, 'the four clients disconnected');
        await store.restartFerretDB();
        const pr = await report(o, store, 'FerretDB restarted');
        Object.assign(entry, { blocked: d.blockedHandlers, afterDisconnect: p, afterRestart: pr });
      } else {
        for (const c of clients) await c.close(true);
      }
      findings['concurrentBulks'] = entry;
    }

    if (o.scenarios.has(7) && o.handler === 'sqlite') log('7. skipped: the rules are sized for one PostgreSQL pool of 200, not SQLite');
    if (o.scenarios.has(7) && o.handler === 'pg') {
      const perClient = 20;
      const chunk = 10;
      log(
        `7. the rules of docs/store.md: 4 clients with maxPoolSize ${perClient}, each with ${perClient - 1} guarded updateOne in flight and one bulkWrite in chunks of ${chunk}, for 10 s`,
      );
      const clients = await Promise.all([0, 1, 2, 3].map(() => warmClient(store.uri, perClient)));
      let stopped = false;
      let ops = 0;
      const worker = (c: MongoClient, n: number, bulk: boolean) =>
        (async () => {
          const tasks = c.db(APP_DB).collection<TaskDoc>('tasks');
          for (let i = 0; !stopped; i++) {
            if (bulk) {
              for (let start = 0; start < 50 && !stopped; start += chunk) {
                await tasks.bulkWrite(
                  Array.from({ length: chunk }, (_, k) => ({ updateOne: { filter: { _id: taskId((start + k) % o.docs) }, update: { $inc: { n: 1 } } } })),
                  { ordered: false },
                );
                ops += chunk;
              }
            } else {
              await tasks.updateOne({ _id: taskId((n * 7 + i) % o.docs), sequence: { $gte: 0 } }, { $inc: { sequence: 1 } });
              ops++;
            }
          }
        })();
      const work = Promise.all(clients.flatMap((c) => Array.from({ length: perClient }, (_, n) => worker(c, n, n === 0))));
      await sleep(10_000);
      const p = await report(o, store, 'during the load');
      stopped = true;
      const outcome = await within(work.then(() => 'done'), 10_000, 'HUNG');
      log(`  ${ops} updates; in-flight work after the stop: ${outcome}`);
      const entry: Record<string, unknown> = { clients: 4, maxPoolSize: perClient, chunk, updates: ops, probeDuringLoad: p, outcome };
      if (outcome === 'HUNG') {
        const d = await goroutineDump(o);
        printDump(d);
        entry['blocked'] = d.blockedHandlers;
      }
      for (const c of clients) await c.close(true);
      findings['rulesApplied'] = entry;
    }

    console.log(JSON.stringify(findings, null, 2));
  } finally {
    for (const child of abandoners) child.kill('SIGKILL');
    await store.stop();
  }
}

if (process.argv.includes('abandoner')) {
  abandonerChild().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
