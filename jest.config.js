// @ts-check
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

/** swc keeps decorator metadata, which NestJS's dependency injection needs. */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  moduleNameMapper: pathsToModuleNameMapper(),
  modulePathIgnorePatterns: ['<rootDir>/.data/', '<rootDir>/dist/'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Workflow and end-to-end tests start real servers; unit tests finish far sooner.
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows,tools}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,workflows,tools}/**/*.int.spec.ts', '<rootDir>/test/**/*.e2e.spec.ts'],
    },
  ],
};
