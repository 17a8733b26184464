import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Component } from './component';
import { runCommand } from './run-command';
import type { StackConfig } from './stack.config';

/**
 * The official Temporal CLI (its `server start-dev` is the local Temporal server), built from
 * source with `go install` because release downloads are not reachable here. v1.5.1 is the
 * last tag without a `replace` directive, i.e. the last one `go install pkg@version` accepts.
 */
export function temporalCliComponent(config: StackConfig): Component {
  const version = config.versions.temporalCli;
  const dir = join(config.cacheDir, `temporal-${version}`);
  const artifact = join(dir, 'temporal');
  return {
    name: 'temporal',
    version,
    dir,
    artifact,
    async install({ logFile }) {
      await mkdir(dir, { recursive: true });
      // go install writes the binary under its final name; the install marker, written only
      // after the smoke test below, is what tells a complete install from a torn one.
      await runCommand('go', ['install', `github.com/temporalio/cli/cmd/temporal@v${version}`], {
        env: { GOBIN: dir },
        logFile,
      });
      await runCommand(artifact, ['--version'], { logFile });
    },
  };
}
