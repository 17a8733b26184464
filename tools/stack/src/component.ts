import type { StackConfig } from './stack.config';

/** Where an install step reports to. */
export interface InstallContext {
  readonly config: StackConfig;
  /** Build tool output for this component is appended here. */
  readonly logFile: string;
}

/**
 * Something the stack installs into its version-keyed cache directory.
 * A component counts as installed only when {@link installMarker} exists, which is written
 * after `install` returns; an interrupted install therefore runs again.
 */
export interface Component {
  /** Stem of the cache directory, e.g. `temporal`; the version is appended. */
  readonly name: string;
  readonly version: string;
  /** `<cacheDir>/<name>-<version>` */
  readonly dir: string;
  /** The file or directory callers use once installed (a binary, a wrapper, a libs dir). */
  readonly artifact: string;
  /**
   * Fills `dir`. Must tolerate leftovers of an interrupted earlier run and must leave
   * `artifact` complete when it returns (build into a temporary name, then rename).
   */
  install(context: InstallContext): Promise<void>;
}

export function installMarker(component: Component): string {
  return `${component.dir}/.installed`;
}
