import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocument } from '@duban/contracts/openapi';
import { repoRoot } from './run';

/** The console's typed HTTP client reads its paths and bodies from this file, never from hand-written types. */
export const CONSOLE_SCHEMA_PATH = path.join(repoRoot, 'apps/console/src/api/schema.d.ts');

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run console:api`. Do not edit: change the\n// operation in libs/contracts/src/<feature>/<feature>.http.ts and regenerate (a unit test fails when stale).\n';

/** The TypeScript declarations openapi-typescript derives from our OpenAPI document. */
export async function buildConsoleSchema(): Promise<string> {
  const ast = await openapiTS(apiDocument() as unknown as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}

export function readConsoleSchema(): string {
  return readFileSync(CONSOLE_SCHEMA_PATH, 'utf8');
}

if (require.main === module) {
  // `--check`: fail (exit 1) when the committed file is not what the document generates.
  const check = process.argv.includes('--check');
  buildConsoleSchema().then(
    (text) => {
      const file = path.relative(repoRoot, CONSOLE_SCHEMA_PATH);
      if (check) {
        if (readConsoleSchema() === text) return;
        console.error(`console-api: ${file} is stale: run npm run console:api`);
        process.exit(1);
      }
      writeFileSync(CONSOLE_SCHEMA_PATH, text);
      console.log(`console-api: wrote ${file}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
