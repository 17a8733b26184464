// @ts-check
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

/** Jest's moduleNameMapper from the tsconfig path aliases, so aliases are declared once. */
exports.pathsToModuleNameMapper = () =>
  Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(__dirname, '../..', target)]),
  );
