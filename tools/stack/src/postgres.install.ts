import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Component } from './component';
import { isErrno } from './log-tail';
import { runCommand } from './run-command';
import { StackError } from './stack-error';
import type { StackConfig } from './stack.config';

/** Where Debian's `postgresql-<major>` package puts the server and client binaries. */
export function postgresBinDir(major: string): string {
  return join('/usr/lib/postgresql', major, 'bin');
}

/**
 * PostgreSQL from Debian's packages (no registry this machine reaches ships a server binary we
 * could cache ourselves). The component only checks for the binaries and, running as root,
 * installs `postgresql-<major>` with apt-get when they are missing. Its artifact is the system's
 * `postgres` binary itself, so a package removed since is noticed and installed again.
 */
export function postgresComponent(config: StackConfig): Component {
  const major = config.versions.postgresql;
  const dir = join(config.cacheDir, `postgresql-${major}`);
  const binDir = postgresBinDir(major);
  return {
    name: 'postgresql',
    version: major,
    dir,
    artifact: join(binDir, 'postgres'),
    async install({ logFile }) {
      if (!(await binariesPresent(binDir))) {
        if (process.getuid?.() !== 0) {
          throw new StackError(
            'STACK.TOOL_MISSING',
            `PostgreSQL ${major} is not installed (${binDir}/postgres is missing) and the stack is not running as root; ` +
              `install it with: sudo apt-get install -y postgresql-${major}`,
          );
        }
        // noninteractive: no debconf prompt may wait on a closed stdin.
        const env = { DEBIAN_FRONTEND: 'noninteractive' };
        await runCommand('apt-get', ['update'], { logFile, env });
        await runCommand('apt-get', ['install', '-y', '--no-install-recommends', `postgresql-${major}`, `postgresql-client-${major}`], {
          logFile,
          env,
        });
        if (!(await binariesPresent(binDir))) {
          throw new StackError('STACK.INSTALL_FAILED', `apt-get installed postgresql-${major} but ${binDir} still lacks postgres, initdb or psql`);
        }
      }
    },
  };
}

async function binariesPresent(binDir: string): Promise<boolean> {
  try {
    await Promise.all(['postgres', 'initdb', 'psql'].map((name) => access(join(binDir, name))));
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}
