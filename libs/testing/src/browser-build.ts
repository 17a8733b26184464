import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { withLock } from '@duban/stack';

const repoRoot = path.resolve(__dirname, '../../..');

/**
 * The console's sources: a change to any of them makes the built console stale. The plan folder of
 * the domain library is in the bundle too (the seed plan's units, aliased in vite.config.ts).
 */
const CONSOLE_SOURCES = [path.join(repoRoot, 'apps', 'console'), path.join(repoRoot, 'libs', 'domain', 'src', 'plan'), path.join(repoRoot, 'package-lock.json')];
/** Vite's output (`apps/console/project.json`, target `bundle`), served by the API at `/console/`. */
export const CONSOLE_DIST = path.join(repoRoot, 'dist', 'apps', 'console');
/**
 * Written by `tools/console/budget.ts` only when the initial JavaScript is within its budget, after
 * the bundle: the mark of a complete, checked build (a bundle whose budget failed is not one).
 */
export const CONSOLE_BUDGET_REPORT = path.join(repoRoot, 'dist', 'apps', 'console-budget.json');
/** A cold build (type-check + Vite) took 4 minutes on two cores shared by five test runs; ten is a hang. */
const BUILD_TIMEOUT_MS = 10 * 60_000;

/** Newest modification time (ms) of `file`, or of any file under it; 0 when it does not exist. */
function newestMtime(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

/**
 * Whether the built console is older than a source: true when never built, when the last
 * budget check did not pass, or when a file under `apps/console` or the lockfile changed since.
 * A directory's own time counts too, so a deleted source makes it stale.
 */
export function consoleBuildIsStale(): boolean {
  const built = Math.min(newestMtime(path.join(CONSOLE_DIST, 'index.html')), newestMtime(CONSOLE_BUDGET_REPORT));
  if (built === 0) return true;
  return CONSOLE_SOURCES.some((source) => newestMtime(source) > built);
}

/**
 * Builds the console with Nx (`nx run console:build`: Vite, then the 400 KB budget) unless the
 * build on disk is newer than every source, so a warm `npm start` or test run pays nothing.
 * Two callers at once (a test file and `npm start`) build once: the second waits for the first,
 * then finds the build fresh. `echo` passes Nx's output through as it comes (scripts); without it
 * (tests) only the budget line is printed, and the output's tail goes into a failure's message.
 *
 * @returns `'fresh'` when nothing was built, `'built'` otherwise.
 * @throws with the tail of Nx's output when the build or the budget fails, or after 10 minutes.
 */
export async function ensureConsoleBuilt(options: { echo?: boolean } = {}): Promise<'fresh' | 'built'> {
  const echo = options.echo ?? true;
  if (!consoleBuildIsStale()) return 'fresh';
  return withLock(path.join(repoRoot, 'dist', '.console-build.lock'), 'the console build', BUILD_TIMEOUT_MS, async () => {
    if (!consoleBuildIsStale()) return 'fresh';
    process.stdout.write('duban: building the console (nx run console:build: Vite, then the initial-JS budget)…\n');
    const { code, output } = await runNx(['run', 'console:build', '--outputStyle=static'], echo);
    if (code !== 0) throw new Error(`the console build failed (nx run console:build exited ${code}):\n${output.slice(-4000)}`);
    if (!echo) process.stdout.write(`${/console initial JS: .*/.exec(output)?.[0] ?? 'console built'}\n`);
    return 'built';
  });
}

function runNx(args: string[], echo: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    // No daemon and no TUI: one-shot runs from scripts and tests, on a fresh clone too.
    // NODE_ENV: jest sets it to `test`, and Vite would then bundle React's and antd's development
    // builds (seen: antd's `css-dev-only` class names, a larger bundle, a slower first page).
    const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', NODE_ENV: 'production' };
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'nx'), args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}
