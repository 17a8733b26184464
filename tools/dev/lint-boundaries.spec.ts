import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The feature rule of `eslint.config.mjs` (`duban/feature-boundaries`) and the import rules it
 * must leave intact, run through ESLint's Node API on planted files (`lintText` with a `filePath`
 * inside a feature folder; nothing is written). Only the import rules run: the type-aware rules and
 * Nx's graph-based rule have their own lint run. ESLint runs in a child process because it loads
 * the ESM config with `import()`, which jest's module sandbox does not serve.
 */
const repoRoot = path.resolve(__dirname, '../..');

interface Problem {
  rule: string | null;
  message: string;
}

/** Every planted file, by name: repository-relative path and text. */
const PLANTED = {
  forbiddenApi: ['apps/api/src/scores/planted.ts', "import { TasksService } from '../tasks/tasks.service';\nexport const s = TasksService;\n"],
  reexport: ['libs/persistence/src/scores/planted.ts', "export * from '../tasks/task.document';\n"],
  deeper: ['libs/persistence/src/scores/deeper/planted.ts', "export { TaskRecord } from '../../tasks/task.document';\n"],
  roundabout: ['libs/contracts/src/webhooks/planted.ts', "export * from './../scores/./scores.dto';\n"],
  consumers: ['apps/consumers/src/webhooks/planted.ts', "export { SCORED_TOPICS } from '../scores/scores.consumer';\n"],
  dynamic: ['apps/consumers/src/audit/planted.ts', "export const load = () => import('../scores/scores.consumer');\n"],
  allowedTable: ['apps/api/src/enterprises/planted.ts', "import { TaskWorkflows } from '../tasks/task-workflows';\nimport { PlansService } from '../plans/plans.service';\nexport const a = [TaskWorkflows, PlansService];\n"],
  allowedShared: ['apps/api/src/scores/planted.ts', "import { Roles } from '../common/auth.guard';\nimport { API_CONFIG } from '../api.config';\nimport { ScoresController } from './scores.controller';\nexport const a = [Roles, API_CONFIG, ScoresController];\n"],
  allowedStore: ['libs/persistence/src/scores/planted.ts', "export * from '../store/bulk-write';\nexport * from './score.document';\n"],
  allowedRebuild: ['apps/consumers/src/rebuild/planted.ts', "export * from '../scores/scores.consumer';\nexport * from '../consumer-group';\n"],
  sharedToFeature: ['libs/persistence/src/store/planted.ts', "export * from '../scores/score.document';\n"],
  sharedTestToFeature: ['libs/persistence/src/store/planted.int.spec.ts', "export * from '../scores/score.document';\n"],
  testFixture: ['libs/persistence/src/audit/planted.int.spec.ts', "export * from '../tasks/task-events.fixture';\n"],
  codeFixture: ['libs/persistence/src/audit/planted.ts', "export * from '../tasks/task-events.fixture';\n"],
  barrelIndex: ['libs/contracts/src/scores/planted.ts', "export * from '../index';\n"],
  barrelDir: ['libs/contracts/src/scores/planted.ts', "export * from '..';\n"],
  crossProject: ['apps/api/src/scores/planted.ts', "export * from '../../../consumers/src/scores/scores.consumer';\n"],
  workflowNode: ['workflows/src/planted.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
  workflowContracts: ['workflows/src/planted.ts', "import { EventType } from '@duban/contracts';\nexport const t = EventType;\n"],
} satisfies Record<string, [string, string]>;

const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const path = require('node:path');
const planted = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const rules = new Set(['duban/feature-boundaries', 'no-restricted-imports']);
const eslint = new ESLint({
  cwd: process.cwd(),
  ruleFilter: ({ ruleId }) => rules.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});
(async () => {
  const out = {};
  for (const [name, [file, code]] of Object.entries(planted)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
    out[name] = result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

let found: Record<keyof typeof PLANTED, Problem[]>;
beforeAll(() => {
  const out = execFileSync(process.execPath, ['-e', LINT_SCRIPT], { cwd: repoRoot, input: JSON.stringify(PLANTED), encoding: 'utf8', timeout: 110_000 });
  found = JSON.parse(out) as typeof found;
});

const rules = (name: keyof typeof PLANTED) => found[name].map((p) => p.rule);

describe('feature boundaries inside each layer', () => {
  it('refuses an import of another feature the table does not allow, naming both features and the table', () => {
    expect(found.forbiddenApi).toEqual([{ rule: 'duban/feature-boundaries', message: expect.stringContaining("Feature 'scores' may not import feature 'tasks'") }]);
    expect(found.forbiddenApi[0]?.message).toContain('FEATURE_DEPENDENCIES.scores');
  });

  it('sees through re-exports, import(), any depth and roundabout paths, in every layer', () => {
    for (const name of ['reexport', 'roundabout', 'consumers', 'dynamic'] as const) expect({ name, rules: rules(name) }).toEqual({ name, rules: ['duban/feature-boundaries'] });
    // `../../` is refused as a cross-project path as well; the feature rule still names the feature.
    expect(rules('deeper')).toContain('duban/feature-boundaries');
  });

  it('allows its own folder, the shared folders and root files, and what FEATURE_DEPENDENCIES lists', () => {
    for (const name of ['allowedTable', 'allowedShared', 'allowedStore', 'allowedRebuild'] as const) expect({ name, problems: found[name] }).toEqual({ name, problems: [] });
  });

  it('keeps shared folders free of features (their tests may reach features), and lets tests share *.fixture data', () => {
    expect(found.sharedToFeature.map((p) => p.message)).toEqual([expect.stringContaining("Shared folder 'store' may not import feature 'scores'")]);
    expect(found.sharedTestToFeature).toEqual([]);
    expect(found.testFixture).toEqual([]);
    expect(rules('codeFixture')).toEqual(['duban/feature-boundaries']);
  });

  it("refuses the layer's own index from inside a feature (it re-exports every feature)", () => {
    expect(rules('barrelIndex')).toEqual(['duban/feature-boundaries']);
    expect(rules('barrelDir')).toEqual(['duban/feature-boundaries']);
  });

  it('leaves the other import rules in force: cross-project paths everywhere, the workflow sandbox in workflows', () => {
    expect(rules('crossProject')).toEqual(['no-restricted-imports']);
    expect(found.workflowNode.map((p) => p.message)).toEqual([expect.stringContaining('deterministic sandbox')]);
    expect(found.workflowContracts).toEqual([]);
  });
});
