import type { Component } from './component';
import type { LaunchSpec } from './process-control';
import type { PortBinding } from './stack.config';

/** `kafka-secure` and `temporal-tls` are the secure servers, started only when asked (see `StackOptions.secure`). */
export type ServerName = 'temporal' | 'kafka' | 'postgres' | 'ferretdb' | 'kafka-secure' | 'temporal-tls';

/** One long-running local server the stack starts, watches and stops. */
export interface StackServer {
  readonly name: ServerName;
  /** Every port the process listens on; all must be free before it starts. */
  readonly ports: readonly PortBinding[];
  /** Where clients reach it, for status lines. */
  readonly endpoint: string;
  /**
   * A server this one needs at start-up (FerretDB needs PostgreSQL): started and healthy before
   * this one is prepared, and stopped only after this one has stopped.
   */
  readonly after?: ServerName;
  /**
   * The signal for a clean stop; SIGTERM unless the server treats it as something slower
   * (PostgreSQL's SIGTERM is a "smart" shutdown that waits for every client to leave).
   */
  readonly stopSignal?: NodeJS.Signals;
  /** Installed before {@link prepare} runs. */
  readonly components: readonly Component[];
  /**
   * The server's state directory inside the data dir. It appears in the server's argv, which
   * is how a pid file is checked against pid reuse (after a reboot the pid may belong to an
   * unrelated process that `stop` must not signal).
   */
  readonly stateDir: string;
  /** Creates state and config in the data dir (idempotent) and says what to run. */
  prepare(logFile: string): Promise<LaunchSpec>;
  /**
   * Resolves once the server answers a real client request; rejects with the reason otherwise.
   * Bounded to a few seconds, so callers can poll it against their own deadline.
   */
  probe(): Promise<void>;
}
