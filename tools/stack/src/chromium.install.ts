import { join } from 'node:path';
import type { Component } from './component';
import { exists } from './log-tail';
import { captureCommand, runCommand } from './run-command';
import { StackError } from './stack-error';
import type { StackConfig } from './stack.config';
import type { StackReporter } from './install';

/**
 * The browser binary itself, not Debian's `/usr/bin/chromium`: that is a shell launcher which
 * sources `/etc/chromium.d/*` and, here, hung on `--version`; playwright-core needs a program it
 * can talk to over its pipe. `CHROMIUM_PATH` points elsewhere (another distribution's build).
 */
export const DEBIAN_CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/** The chromium the browser tests drive: `CHROMIUM_PATH`, or Debian's package binary. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] || DEBIAN_CHROMIUM_BINARY;
}

/**
 * Debian's `chromium` package for the browser tests (issue 13). Installed with apt-get when its
 * binary is missing, the way `postgres.install.ts` installs PostgreSQL; otherwise a no-op.
 *
 * Pinned only by major version, and only as a check: Debian ships chromium through its security
 * archive and keeps just the latest build there, so an exact `chromium=<version>` would stop
 * installing within weeks. `versions.json` names the major the tests were written against;
 * {@link checkChromiumVersion} reports a different one instead of failing (playwright-core
 * speaks the DevTools protocol, which is stable across majors). This is our rule, not the seed's.
 */
/** A file of Debian's fonts-noto-cjk: present once the console's Chinese can be drawn. */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export function chromiumComponent(config: StackConfig, env: NodeJS.ProcessEnv = process.env): Component {
  const major = config.versions.chromium;
  const binary = chromiumPath(env);
  return {
    name: 'chromium',
    version: major,
    // `-cjk`: the install that also brings the CJK font (an older marker without it re-checks once).
    dir: join(config.cacheDir, `chromium-${major}-cjk`),
    artifact: binary,
    async install({ logFile }) {
      // The console is Chinese: without a CJK font chromium draws every character as a box (the
      // screenshots would show nothing readable), so Noto CJK comes with it.
      const missing = [...((await exists(binary)) ? [] : ['chromium']), ...((await exists(CJK_FONT)) ? [] : ['fonts-noto-cjk'])];
      if (missing.length === 0) return;
      if (!missing.includes('chromium')) {
        if (process.getuid?.() !== 0) throw new StackError('STACK.TOOL_MISSING', `no CJK font (${CJK_FONT}); install it with: sudo apt-get install -y fonts-noto-cjk`);
        const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
        await runCommand('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { logFile, env: aptEnv });
        return;
      }
      if (binary !== DEBIAN_CHROMIUM_BINARY) {
        throw new StackError('STACK.TOOL_MISSING', `CHROMIUM_PATH is ${binary}, which does not exist; unset it to use Debian's chromium package`);
      }
      if (process.getuid?.() !== 0) {
        throw new StackError(
          'STACK.TOOL_MISSING',
          `chromium is not installed (${binary} is missing) and the tests are not running as root; install it with: sudo apt-get install -y chromium`,
        );
      }
      // noninteractive: no debconf prompt may wait on a closed stdin.
      const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
      await runCommand('apt-get', ['update'], { logFile, env: aptEnv });
      await runCommand('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { logFile, env: aptEnv });
      if (!(await exists(binary))) {
        throw new StackError('STACK.INSTALL_FAILED', `apt-get installed chromium but ${binary} is still missing (log: ${logFile})`);
      }
    },
  };
}

/**
 * Asks the installed browser its version and reports when its major is not the one in
 * `versions.json`. Returns the version line (e.g. `Chromium 156.0.8078.114`).
 */
export async function checkChromiumVersion(config: StackConfig, report: StackReporter, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const binary = chromiumPath(env);
  const logFile = join(config.logDir, 'chromium-version.log');
  // The real binary answers --version without starting a browser; a deadline still guards a wedged one.
  const line = (await captureCommand('timeout', ['20', binary, '--version'], { logFile })).trim();
  const major = /(\d+)\.\d+\.\d+/.exec(line)?.[1];
  if (major !== config.versions.chromium) {
    report(`chromium: ${line || 'no version answer'} is not major ${config.versions.chromium}, which the browser tests were written against (tools/stack/versions.json); running them anyway`);
  }
  return line;
}
