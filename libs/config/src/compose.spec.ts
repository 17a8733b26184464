import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig, requiredVariables } from './load-config';

/*
 * docker/compose.yaml and docker/Dockerfile cannot be run on a machine without a Docker engine,
 * so this test holds them to the apps' own configuration schemas: add a required variable to an
 * app and forget the compose file, and this fails naming the service and the variable.
 *
 * The shapes are loaded by computed path, not imported: lint forbids importing an app, and the
 * point here is to read the real shape, not a copy of it.
 */

const repoRoot = path.resolve(__dirname, '../../..');
const composePath = path.join(repoRoot, 'docker/compose.yaml');

const APPS = [
  { service: 'api', configModule: 'apps/api/src/api.config', shapeExport: 'apiConfigShape' },
  { service: 'worker', configModule: 'apps/worker/src/worker.config', shapeExport: 'workerConfigShape' },
  { service: 'consumers', configModule: 'apps/consumers/src/consumers.config', shapeExport: 'consumersConfigShape' },
] as const;

/** Stands in for a value the operator must export (`${NAME:?…}`): long enough for any length rule. */
const OPERATOR_SUPPLIED = 'x'.repeat(64);

// Only the parts of the compose format this test reads.
const environmentSchema = z.union([z.record(z.union([z.string(), z.number(), z.boolean(), z.null()])), z.array(z.string())]);
const serviceSchema = z.object({
  image: z.string().optional(),
  build: z
    .union([z.string(), z.object({ context: z.string().optional(), dockerfile: z.string().optional(), target: z.string().optional() })])
    .optional(),
  command: z.unknown().optional(),
  entrypoint: z.unknown().optional(),
  environment: environmentSchema.optional(),
  depends_on: z.union([z.array(z.string()), z.record(z.object({ condition: z.string().optional() }))]).optional(),
  healthcheck: z.object({ test: z.unknown().optional(), disable: z.boolean().optional() }).optional(),
  ports: z
    .array(z.union([z.string(), z.number(), z.object({ target: z.number(), published: z.union([z.string(), z.number()]).optional() })]))
    .optional(),
});
type Service = z.infer<typeof serviceSchema>;
const composeSchema = z.object({ services: z.record(serviceSchema) });

const compose = composeSchema.parse(parse(readFileSync(composePath, 'utf8')));

function service(name: string): Service {
  const s = compose.services[name];
  if (!s) throw new Error(`docker/compose.yaml has no service "${name}"`);
  return s;
}

/** A service's environment as compose writes it (before interpolation); a bare name or null is unset. */
function rawEnvironment(s: Service): Record<string, string> {
  const env = s.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line) => {
        const eq = line.indexOf('=');
        return eq < 0 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)];
      })
    : Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]);
  return Object.fromEntries(entries);
}

/** Compose's interpolation: `${X:-default}` takes the default; `${X:?msg}`, `${X}` and `$X` the operator's value; `$$` is `$`. */
function interpolate(value: string): string {
  return value.replace(/\$\$|\$\{\w+(?::?([-?])([^}]*))?\}|\$\w+/g, (match, op?: string, arg?: string) =>
    match === '$$' ? '$' : op === '-' ? (arg ?? '') : OPERATOR_SUPPLIED,
  );
}

async function loadShape(configModule: string, shapeExport: string): Promise<z.ZodRawShape> {
  const mod: unknown = await import(path.join(repoRoot, configModule));
  const shape = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>)[shapeExport] : undefined;
  if (typeof shape !== 'object' || shape === null) throw new Error(`${configModule} does not export ${shapeExport}`);
  return shape as z.ZodRawShape;
}

interface Stage {
  name: string;
  from: string;
  env: Record<string, string>;
  cmd?: string[];
}

/** The stages of a Dockerfile: enough of the syntax for FROM, ENV (KEY=value form) and exec-form CMD. */
function parseDockerfile(file: string): Stage[] {
  const stages: Stage[] = [];
  const lines = readFileSync(file, 'utf8')
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  for (const line of lines) {
    const [instruction = '', ...rest] = line.split(/\s+/);
    const args = rest.filter((a) => !a.startsWith('--'));
    const stage = stages[stages.length - 1];
    switch (instruction.toUpperCase()) {
      case 'FROM':
        stages.push({ from: args[0] ?? '', name: args[1]?.toUpperCase() === 'AS' ? (args[2] ?? '') : String(stages.length), env: {} });
        break;
      case 'ENV':
        for (const pair of args) {
          const eq = pair.indexOf('=');
          if (eq < 0) throw new Error(`${file}: write ENV as KEY=value: ${line}`);
          if (stage) stage.env[pair.slice(0, eq)] = pair.slice(eq + 1);
        }
        break;
      case 'CMD':
        if (stage) stage.cmd = z.array(z.string()).parse(JSON.parse(line.slice(instruction.length)));
        break;
    }
  }
  return stages;
}

/** A stage's effective ENV and CMD, inheriting from the stages it is built FROM. */
function resolveStage(stages: Stage[], name: string): { env: Record<string, string>; cmd?: string[] } {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage "${name}"`);
  const parent = stages.some((s) => s.name === stage.from) ? resolveStage(stages, stage.from) : { env: {} };
  return { env: { ...parent.env, ...stage.env }, cmd: stage.cmd ?? parent.cmd };
}

function buildOf(name: string): { dockerfile: string; target: string } {
  const build = service(name).build;
  if (build === undefined || typeof build === 'string' || !build.target) throw new Error(`${name}: build needs a target`);
  const context = path.resolve(path.dirname(composePath), build.context ?? '.');
  return { dockerfile: path.resolve(context, build.dockerfile ?? 'Dockerfile'), target: build.target };
}

/** What the app's process sees: the image target's ENV, overridden by compose, after interpolation. */
function effectiveEnvironment(name: string): Record<string, string> {
  const { dockerfile, target } = buildOf(name);
  const fromCompose = Object.entries(rawEnvironment(service(name))).map(([k, v]) => [k, interpolate(v)]);
  return { ...resolveStage(parseDockerfile(dockerfile), target).env, ...Object.fromEntries(fromCompose) };
}

/** Why an image reference is not pinned, or undefined when it is (a tag other than latest, or a digest). */
function unpinned(ref: string): string | undefined {
  if (/@sha256:[0-9a-f]{64}$/.test(ref)) return undefined;
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : '';
  if (!tag) return 'has no tag';
  if (tag === 'latest') return 'is tagged latest';
  if (tag.includes('$')) return 'takes its tag from a variable';
  return undefined;
}

describe('docker/compose.yaml', () => {
  describe.each(APPS)('service $service', ({ service: name, configModule, shapeExport }) => {
    it(`sets every variable ${shapeExport} requires`, async () => {
      const shape = await loadShape(configModule, shapeExport);
      const env = rawEnvironment(service(name));
      const missing = requiredVariables(shape)
        .filter((v) => !env[v]?.trim())
        .map((v) => `${name}: ${v} is required by ${shapeExport} but not set in docker/compose.yaml`);
      expect(missing).toEqual([]);
    });

    it('sets only variables the app reads', async () => {
      const shape = await loadShape(configModule, shapeExport);
      const unknown = Object.keys(rawEnvironment(service(name)))
        .filter((v) => !(v in shape))
        .map((v) => `${name}: ${v} is not in ${shapeExport} (a typo?)`);
      expect(unknown).toEqual([]);
    });

    it('gets an environment that passes the app’s validation at boot', async () => {
      const shape = await loadShape(configModule, shapeExport);
      expect(() => loadConfig(shape, effectiveEnvironment(name))).not.toThrow();
    });

    it('runs the image target whose CMD starts this app', () => {
      const s = service(name);
      const { dockerfile, target } = buildOf(name);
      // The production build (`npm run build`, tools/build/build.ts) compiles apps/<name>/src/main.ts to this file.
      const source = `apps/${name}/src/main.ts`;
      expect({ command: s.command, entrypoint: s.entrypoint }).toEqual({ command: undefined, entrypoint: undefined });
      expect(existsSync(dockerfile)).toBe(true);
      expect(resolveStage(parseDockerfile(dockerfile), target).cmd).toEqual(['node', `dist/server/${source.replace(/\.ts$/, '.js')}`]);
      expect(existsSync(path.join(repoRoot, source))).toBe(true);
    });
  });

  it('has the api listen on all interfaces, on the port it publishes', async () => {
    const config = loadConfig(await loadShape('apps/api/src/api.config', 'apiConfigShape'), effectiveEnvironment('api'));
    const published = (service('api').ports ?? []).map((p) => (typeof p === 'object' ? String(p.target) : String(p).split(':').pop()));
    expect(config.HOST).toBe('0.0.0.0');
    expect(published).toContain(String(config.PORT));
  });

  it('takes JWT_SECRET from the operator, never from a literal', () => {
    expect(rawEnvironment(service('api'))['JWT_SECRET']).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
  });

  it('gives api and worker the same Temporal namespace, and registers it', () => {
    const api = rawEnvironment(service('api'));
    const worker = rawEnvironment(service('worker'));
    expect({ api: api['TEMPORAL_NAMESPACE'], address: api['TEMPORAL_ADDRESS'] }).toEqual({
      api: worker['TEMPORAL_NAMESPACE'],
      address: worker['TEMPORAL_ADDRESS'],
    });
    expect(rawEnvironment(service('temporal-namespace'))['TEMPORAL_NAMESPACE']).toBe(api['TEMPORAL_NAMESPACE']);
  });

  it('builds the images with `npm run build` and runs them with production dependencies only', () => {
    const dockerfile = readFileSync(buildOf('api').dockerfile, 'utf8');
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b.*\bsh prune-runtime\.sh\b/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist\/server \.\/dist\/server$/m);
    expect(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts.build).toMatch(/tools\/build\/build\.ts/);
  });

  it('pins every image, in compose and in the Dockerfile', () => {
    const problems: string[] = [];
    for (const [name, s] of Object.entries(compose.services)) {
      if (s.image) {
        const why = unpinned(s.image);
        if (why) problems.push(`${name}: image ${s.image} ${why}`);
      } else if (!s.build) {
        problems.push(`${name}: neither image nor build`);
      }
    }
    const dockerfiles = new Set(APPS.map((a) => buildOf(a.service).dockerfile));
    for (const file of dockerfiles) {
      const stages = parseDockerfile(file);
      for (const stage of stages.filter((st) => !stages.some((other) => other.name === st.from))) {
        const why = unpinned(stage.from);
        if (why) problems.push(`${path.relative(repoRoot, file)}: FROM ${stage.from} ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives Kafka’s internal topics one replica, as a single broker needs', () => {
    const kafka = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith('apache/kafka:'));
    expect(kafka.map(([name]) => name)).toHaveLength(1);
    const env = rawEnvironment(kafka[0]?.[1] ?? {});
    expect({
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: env['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR'],
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: env['KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR'],
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: env['KAFKA_TRANSACTION_STATE_LOG_MIN_ISR'],
    }).toEqual({
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
    });
  });

  it('waits only on services that exist and can report the condition awaited', () => {
    const problems: string[] = [];
    for (const [name, s] of Object.entries(compose.services)) {
      const deps: Record<string, { condition?: string }> = Array.isArray(s.depends_on)
        ? Object.fromEntries(s.depends_on.map((d) => [d, {}]))
        : (s.depends_on ?? {});
      for (const [dep, { condition }] of Object.entries(deps)) {
        const target = compose.services[dep];
        if (!target) problems.push(`${name}: depends on unknown service ${dep}`);
        else if (condition === 'service_healthy' && (!target.healthcheck?.test || target.healthcheck.disable))
          problems.push(`${name}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      }
    }
    expect(problems).toEqual([]);
  });
});
