import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh copy of the module each time: it loads its file once per process. */
function freshLoadDotEnv(): typeof import('./dot-env').loadDotEnv {
  let fn: typeof import('./dot-env').loadDotEnv | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules needs a synchronous require.
    fn = (require('./dot-env') as typeof import('./dot-env')).loadDotEnv;
  });
  if (!fn) throw new Error('module not loaded');
  return fn;
}

describe('loadDotEnv', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('loads .env from the working directory, the environment winning over the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dotenv-'));
    writeFileSync(path.join(dir, '.env'), 'DOTENV_SPEC_A=from-file\nDOTENV_SPEC_B=from-file\n# a comment\nDOTENV_SPEC_C="two words"\n');
    process.env['DOTENV_SPEC_B'] = 'from-env';
    expect(freshLoadDotEnv()(process.env, dir)).toBe(path.join(dir, '.env'));
    expect([process.env['DOTENV_SPEC_A'], process.env['DOTENV_SPEC_B'], process.env['DOTENV_SPEC_C']]).toEqual(['from-file', 'from-env', 'two words']);
  });

  it('does nothing without a file, and refuses a DUBAN_ENV_FILE that does not exist', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dotenv-'));
    expect(freshLoadDotEnv()(process.env, dir)).toBeUndefined();
    expect(() => freshLoadDotEnv()({ DUBAN_ENV_FILE: 'missing.env' }, dir)).toThrow(/DUBAN_ENV_FILE: .*missing\.env does not exist/);
  });

  it('loads the file DUBAN_ENV_FILE names', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dotenv-'));
    writeFileSync(path.join(dir, 'prod.env'), 'DOTENV_SPEC_D=named\n');
    const env: NodeJS.ProcessEnv = { DUBAN_ENV_FILE: 'prod.env' };
    expect(freshLoadDotEnv()(env, dir)).toBe(path.join(dir, 'prod.env'));
    expect(env['DOTENV_SPEC_D']).toBe('named');
  });
});
