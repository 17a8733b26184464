import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureInstalled, runCommand, StackError, type Component, type StackConfig, type StackReporter } from '@duban/stack';

/**
 * The schemathesis release `npm test` fuzzes with, from PyPI. Pinned exactly: a new release may
 * generate other cases or add checks, and the fuzz step must not change under us. 4.x needs
 * Python ≥ 3.9.
 */
export const SCHEMATHESIS_VERSION = '4.32.5';
const MIN_PYTHON: readonly [number, number] = [3, 9];

const execFileAsync = promisify(execFile);

/**
 * schemathesis in a Python virtual environment of its own, cached outside the repo in
 * `<cacheDir>/schemathesis-<version>/venv` like the stack's servers (installed once, under the
 * same per-component file lock, the marker written only after a complete install). A venv
 * cannot be moved (its scripts carry absolute paths), so an interrupted install is removed and
 * redone in place rather than built under a temporary name.
 */
export function schemathesisComponent(config: StackConfig): Component {
  const dir = join(config.cacheDir, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const venv = join(dir, 'venv');
  return {
    name: 'schemathesis',
    version: SCHEMATHESIS_VERSION,
    dir,
    artifact: join(venv, 'bin', 'st'),
    async install({ logFile }) {
      const python = await findPython();
      await rm(venv, { recursive: true, force: true });
      if (!(await venvWorks(python, logFile))) {
        // Debian splits ensurepip out of python3 (package python3-venv); without it `-m venv` fails.
        if (process.getuid?.() !== 0) {
          throw new StackError(
            'STACK.TOOL_MISSING',
            `'${python} -m venv' does not work here (Debian: ensurepip is in python3-venv) and this is not root; install it with: sudo apt-get install -y python3-venv`,
          );
        }
        const env = { DEBIAN_FRONTEND: 'noninteractive' };
        await runCommand('apt-get', ['update'], { logFile, env });
        await runCommand('apt-get', ['install', '-y', '--no-install-recommends', 'python3-venv'], { logFile, env });
      }
      await rm(venv, { recursive: true, force: true });
      await runCommand(python, ['-m', 'venv', venv], { logFile });
      await runCommand(
        join(venv, 'bin', 'pip'),
        ['install', '--disable-pip-version-check', '--no-input', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`],
        { logFile },
      );
    },
  };
}

/**
 * Installs schemathesis if it is not cached yet (a cold install downloads ~40 wheels from PyPI,
 * about a minute); returns the path of its `st` command.
 */
export async function ensureSchemathesis(config: StackConfig, report: StackReporter): Promise<string> {
  const component = schemathesisComponent(config);
  await ensureInstalled(component, config, report);
  return component.artifact;
}

/** `python3` from PATH, if it is recent enough for schemathesis 4. */
async function findPython(): Promise<string> {
  const python = 'python3';
  let version: string;
  try {
    version = (await execFileAsync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])).stdout.trim();
  } catch (error) {
    throw new StackError('STACK.TOOL_MISSING', `'${python}' is not on PATH or does not run; the fuzz step needs Python ≥ ${MIN_PYTHON.join('.')}`, {
      cause: error,
    });
  }
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
    throw new StackError('STACK.TOOL_MISSING', `${python} is ${version}; schemathesis ${SCHEMATHESIS_VERSION} needs Python ≥ ${MIN_PYTHON.join('.')}`);
  }
  return python;
}

/** Whether `python -m venv` can make an environment with pip in it (a throwaway one). */
async function venvWorks(python: string, logFile: string): Promise<boolean> {
  const probe = `${logFile}.venv-probe`;
  try {
    await runCommand(python, ['-m', 'venv', probe], { logFile });
    return true;
  } catch (error) {
    if (error instanceof StackError && error.code === 'STACK.TOOL_MISSING') throw error;
    return false;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}
