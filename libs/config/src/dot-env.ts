import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Loads a `.env` file into `env` (the process's environment) for local runs (issue 14), once per
 * process: the file named by `DUBAN_ENV_FILE` (an error when it does not exist: a typo must not pass
 * silently), else `.env` in the working directory when there is one. The syntax is Node's
 * (`util.parseEnv`, as `node --env-file`). Variables already in the environment win over the file,
 * so a deployment's real environment is never overridden by a stray file, and the tests, which pass
 * every variable they mean, are not changed by a developer's `.env`.
 *
 * @returns the absolute path loaded, or undefined when there was no file to load.
 */
export function loadDotEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  if (loaded !== undefined) return loaded || undefined;
  const named = env['DUBAN_ENV_FILE'];
  const file = path.resolve(cwd, named || '.env');
  if (!existsSync(file)) {
    if (named) throw new Error(`DUBAN_ENV_FILE: ${file} does not exist`);
    loaded = '';
    return undefined;
  }
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) if (env[name] === undefined) env[name] = value;
  loaded = file;
  return file;
}

let loaded: string | undefined;
