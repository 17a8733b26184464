import { rename, rm } from 'node:fs/promises';
import { runCommand } from './run-command';

/**
 * Copies the runtime classpath of `pom` (a pom-packaged project under tools/stack/maven) into
 * `libsDir`. Resolves into a sibling `.partial` directory first and renames it into place, so
 * a half-downloaded classpath never sits under the final name.
 *
 * @param properties `-D` values the pom reads its versions from (versions.json is the source).
 */
export async function copyMavenDependencies(
  pom: string,
  properties: Readonly<Record<string, string>>,
  libsDir: string,
  logFile: string,
): Promise<void> {
  const partial = `${libsDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await runCommand(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      pom,
      ...Object.entries(properties).map(([key, value]) => `-D${key}=${value}`),
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${partial}`,
    ],
    { logFile },
  );
  await rm(libsDir, { recursive: true, force: true });
  await rename(partial, libsDir);
}
