import { bin, runCapturing } from './run';

/**
 * `npm run lint` (and the lint step of `npm test`): eslint over the whole workspace with Nx's
 * module-boundary rule really applied. `@nx/enforce-module-boundaries` reads Nx's cached project
 * graph and, when there is none (a fresh clone), prints "No cached ProjectGraph is available. The
 * rule will be skipped." for each file and passes. So the graph is computed first (`nx show
 * projects` writes it to `.nx/workspace-data`), and a run in which the rule still says it was
 * skipped fails, whatever eslint's exit code.
 */
export const SKIPPED_RULE = /No cached ProjectGraph is available|rule will be skipped/;

export async function lint(env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false' }): Promise<number> {
  const graph = await runCapturing(bin('nx'), ['show', 'projects'], env, { echo: false });
  if (graph.code !== 0) {
    console.error(`lint: Nx could not compute the project graph, so the module boundaries cannot be checked:\n${graph.output}`);
    return graph.code;
  }
  const eslint = await runCapturing(bin('eslint'), ['.', '--max-warnings=0'], env);
  if (SKIPPED_RULE.test(eslint.output)) {
    console.error('lint: the module-boundary rule was skipped (no project graph): failing, as the boundaries were not checked');
    return 1;
  }
  return eslint.code;
}

if (require.main === module) {
  lint().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
