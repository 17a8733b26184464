import { execFileSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

describe("the console's generated API types", () => {
  it('match the OpenAPI document (run `npm run console:api` after changing an operation)', () => {
    // In a child Node, not in jest: openapi-typescript's CommonJS build requires an ES module
    // (parse-json), which Node loads and jest's module system cannot.
    const run = () => execFileSync(process.execPath, ['-r', '@swc-node/register', 'tools/dev/console-api.ts', '--check'], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  }, 120_000);
});
