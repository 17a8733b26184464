// @ts-check
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Another project is reached through its path alias, never a deep relative path. */
const crossProjectPaths = [
  { group: ['../../*', '**/apps/*'], message: 'Import another project through its @duban/* alias (and never an app).' },
];

/** Node built-ins and I/O libraries: never in workflow code, which must replay deterministically. */
const nonDeterministicImports = {
  patterns: [
    ...crossProjectPaths,
    { group: ['node:*'], message: 'Workflow code runs in a deterministic sandbox: no Node built-ins.' },
    {
      group: ['fs', 'fs/*', 'path', 'crypto', 'child_process', 'net', 'http', 'https', 'os', 'url', 'util', 'events', 'stream', 'timers'],
      message: 'Workflow code runs in a deterministic sandbox: no Node built-ins.',
    },
    { group: ['kafkajs', 'mongoose', 'mongodb', '@nestjs/*', 'luxon/src/*'], message: 'Workflow code does no I/O: use an activity.' },
    { group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'], message: 'Workflow code imports only @temporalio/workflow.' },
  ],
};

/**
 * Who may import whom (DESIGN.md, Layout): dependencies point inward. `type:` is the layer;
 * `scope:` says whether a project serves every feature (`scope:shared`) or one (`scope:scores`,
 * the scoring service), or is an entry point (`scope:api`, `scope:consumers`, `scope:worker`).
 * Projects are per layer, so `scope:` cannot see the features inside one: the feature rule below
 * (`duban/feature-boundaries`) slices each layer by folder instead.
 */
const depConstraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts', 'type:domain'] },
  // Application services (scoring): use cases over the adapters; apps and tools call them.
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:service', 'type:adapter', 'type:contracts', 'type:domain'] },
  // Tools (start, simulate, bench) run the apps as child processes exactly as the e2e tests do, so
  // they share the test harness's process helpers (which in turn use only the stack tool).
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:testing', 'type:service', 'type:adapter', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:tool', 'type:adapter', 'type:contracts', 'type:domain'] },
  // What serves every feature never depends on one feature's library (no cycle back from persistence to scoring).
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:scores', onlyDependOnLibsWithTags: ['scope:shared', 'scope:scores'] },
  // The worker runs workflows and publishes their events; scoring is the consumers' (and the API reads scores through persistence).
  { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:scores'] },
  { sourceTag: 'scope:consumers', onlyDependOnLibsWithTags: ['scope:shared', 'scope:scores'] },
  // The web console is a browser bundle: it talks to the API over HTTP (its generated client), and
  // reads only plain data of the domain (the seeded plan's unit names), never a server library.
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
];

/**
 * Feature slicing inside each layer (issue 10; our rule, not the seed plan's). Every subfolder of a
 * layer below is a feature, except the layer's shared folders; files directly in the layer folder
 * (index.ts, app.module.ts, *.config.ts, events.ts…) are its composition root and shared code. A
 * feature may import its own folder, the layer's shared folders and root files, and the features
 * {@link FEATURE_DEPENDENCIES} lets it; a shared folder may import no feature (its tests may:
 * they exercise a helper through the features that use it). A new folder is a feature with no
 * dependencies until the table says otherwise.
 */
const FEATURE_LAYERS = {
  'libs/persistence/src': { shared: ['store'] },
  'libs/contracts/src': { shared: ['http'] },
  'apps/api/src': { shared: ['common', 'temporal'] },
  'apps/consumers/src': { shared: [] },
};

/**
 * The one table of cross-feature imports, in every layer above (measured 2026-12 from the relative
 * imports between feature folders; the same names in each layer, so one row serves them all).
 */
const FEATURE_DEPENDENCIES = {
  // Contracts: the plan workflow starts task workflows with the task's input.
  plans: ['tasks'],
  // Contracts: a task carries the calendar in force across continue-as-new (issue 11).
  tasks: ['calendar'],
  // The API names the admin who loads a holiday notice as the tasks do (issue 11).
  calendar: ['tasks'],
  // An enterprise step is escalated on the task ladder and raises board cases kept with the tasks'
  // (persistence, contracts, api); the API checks T1/T2 through the plan and its tasks.
  enterprises: ['tasks', 'plans', 'calendar'],
  // The 督查室 board acknowledges and directs both tasks and enterprise steps.
  escalations: ['tasks', 'enterprises'],
  // A brief is a task of kind `brief`: the API reuses the tasks service.
  briefs: ['tasks'],
  // The API names the admin who registers a park as the actor of its audit record, as tasks do.
  parks: ['tasks'],
  // The API records a transferred enterprise's benefit-sharing entry from the enterprise's own view,
  // and names the caller as the tasks do (issue 11).
  assessment: ['enterprises', 'tasks'],
  // Evidence files belong to a task: the API asks the task who may upload and see them (issue 13).
  evidence: ['tasks'],
  // Consumers: rebuilding the projections from the audit log feeds the consumers' own handlers.
  rebuild: ['tasks', 'enterprises', 'notifications', 'scores'],
  // The console's read models (issue 13) read the task, escalation and enterprise projections
  // (contracts, persistence); the API's inbox reads the calendar in force and the tasks' role rules,
  // and the board shares the inbox's calendar.
  console: ['tasks', 'enterprises'],
  inbox: ['tasks', 'calendar'],
  board: ['inbox'],
  // The live feed (issue 13) finds who may see a change in the task and escalation projections, and
  // an enterprise's in the enterprise list.
  live: ['tasks', 'enterprises'],
};

const repoRoot = import.meta.dirname;
const toPosix = (/** @type {string} */ p) => p.split(path.sep).join('/');

// A table that names a folder no layer has is a typo or a feature that moved: fail loudly.
{
  const folders = new Set(
    Object.keys(FEATURE_LAYERS).flatMap((layer) =>
      readdirSync(path.join(repoRoot, layer), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    ),
  );
  const named = [...Object.values(FEATURE_LAYERS).flatMap((l) => l.shared), ...Object.entries(FEATURE_DEPENDENCIES).flat(2)];
  const unknown = named.filter((f) => !folders.has(f));
  if (unknown.length > 0) throw new Error(`eslint.config.mjs: FEATURE_LAYERS/FEATURE_DEPENDENCIES name folders no layer has: ${unknown.join(', ')}`);
}

/**
 * Where a repository-relative path sits: its layer and feature folder (`folder` undefined for a
 * file directly in the layer folder), or undefined outside every layer.
 * @param {string} rel
 */
function locate(rel) {
  for (const layer of Object.keys(FEATURE_LAYERS)) {
    if (rel === layer) return { layer, folder: undefined, file: '' };
    if (!rel.startsWith(`${layer}/`)) continue;
    const rest = rel.slice(layer.length + 1);
    const slash = rest.indexOf('/');
    return { layer, folder: slash < 0 ? undefined : rest.slice(0, slash), file: rest };
  }
  return undefined;
}

/**
 * `duban/feature-boundaries`: a relative import (or re-export, `import()`, `require`) that resolves
 * into another feature folder of the same layer is an error unless the table allows it. A local
 * rule rather than `no-restricted-imports`: it resolves the path, so depth and `./a/../../b` do not
 * matter, and it leaves the `no-restricted-imports` options (cross-project paths, the workflow
 * sandbox) untouched. Imports between projects go through `@duban/*` barrels, which no folder rule
 * can see into: the Nx tags above cover those.
 * @type {import('eslint').Rule.RuleModule}
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature folder imports only itself, its layer\'s shared folders and the features FEATURE_DEPENDENCIES allows.' },
    schema: [],
    messages: {
      feature: "Feature '{{from}}' may not import feature '{{to}}' ({{layer}}): move what both need to a shared folder ({{shared}}), or add '{{to}}' to FEATURE_DEPENDENCIES.{{from}} in eslint.config.mjs if the dependency is meant.",
      shared: "Shared folder '{{from}}' may not import feature '{{to}}' ({{layer}}): shared code serves every feature and depends on none.",
      barrel: "Import the module itself, not the layer's index ({{layer}}): the index re-exports every feature, which would bypass the feature rule.",
    },
  },
  create(context) {
    const from = locate(toPosix(path.relative(repoRoot, context.filename)));
    if (!from || from.folder === undefined) return {};
    const { layer, folder } = from;
    const shared = FEATURE_LAYERS[/** @type {keyof typeof FEATURE_LAYERS} */ (layer)].shared;
    const isTest = /\.spec\.ts$/.test(from.file);
    /** @param {import('eslint').Rule.Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = locate(toPosix(path.relative(repoRoot, path.resolve(path.dirname(context.filename), source))));
      if (!target || target.layer !== layer) return;
      if (target.folder === undefined) {
        if (/^index(\.ts)?$/.test(target.file) || target.file === '') context.report({ node, messageId: 'barrel', data: { layer } });
        return;
      }
      const to = target.folder;
      if (to === folder || shared.includes(to)) return;
      // Test data (`*.fixture.ts`) is not code a feature runs: any test in the layer may use it.
      if (isTest && /\.fixture(\.ts)?$/.test(target.file)) return;
      if (shared.includes(folder)) {
        if (!isTest) context.report({ node, messageId: 'shared', data: { from: folder, to, layer } });
        return;
      }
      const allowed = /** @type {Record<string, string[] | undefined>} */ (FEATURE_DEPENDENCIES)[folder] ?? [];
      if (!allowed.includes(to)) context.report({ node, messageId: 'feature', data: { from: folder, to, layer, shared: shared.map((s) => `${s}/`).join(', ') || 'the layer folder' } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(arg, arg.value);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.nx/', 'coverage/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx, duban: { rules: { 'feature-boundaries': featureBoundaries } } } },
  {
    files: ['**/*.ts', 'apps/console/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      'no-restricted-imports': ['error', { patterns: crossProjectPaths }],
    },
  },
  {
    files: Object.keys(FEATURE_LAYERS).map((layer) => `${layer}/**/*.ts`),
    rules: { 'duban/feature-boundaries': 'error' },
  },
  {
    // NestJS injects constructor parameters by their runtime class: those imports must stay values.
    files: ['apps/**/*.ts', 'libs/persistence/**/*.ts', 'libs/scoring/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Inside the console, pages reach the app's shared folders by relative paths (two levels up from
    // a feature); a path that climbs out of apps/console/src would be another project.
    files: ['apps/console/src/**/*.ts', 'apps/console/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../../*', '**/libs/*', '**/apps/*'], message: 'The console reaches the server only over HTTP (its generated client), and the domain only through a Vite alias.' }] },
      ],
    },
  },
  {
    files: ['workflows/src/**/*.ts'],
    ignores: ['workflows/src/**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', nonDeterministicImports] },
  },
  {
    // Tests may reach test helpers, the stack and adapters from any project; never an app.
    files: ['**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: [{ sourceTag: '*', notDependOnLibsWithTags: ['type:app'] }] },
      ],
    },
  },
);
