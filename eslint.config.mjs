// @ts-check
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

/** Who may import whom (DESIGN.md, Layout): dependencies point inward. */
const depConstraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts', 'type:domain'] },
  // Tools (start, simulate, bench) run the apps as child processes exactly as the e2e tests do, so
  // they share the test harness's process helpers (which in turn use only the stack tool).
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:testing', 'type:adapter', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:tool', 'type:adapter', 'type:contracts', 'type:domain'] },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.nx/', 'coverage/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts'],
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
    // NestJS injects constructor parameters by their runtime class: those imports must stay values.
    files: ['apps/**/*.ts', 'libs/persistence/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
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
