/** Stable codes, so callers (CLI, jest global setup) can tell failures apart without parsing text. */
export type StackErrorCode =
  | 'STACK.CONFIG_INVALID'
  | 'STACK.TOOL_MISSING'
  | 'STACK.INSTALL_FAILED'
  | 'STACK.PORT_TAKEN'
  | 'STACK.START_FAILED'
  | 'STACK.STOP_FAILED'
  | 'STACK.LOCK_TIMEOUT';

/** A failure of the local stack whose message is meant to be shown to a person as is. */
export class StackError extends Error {
  constructor(
    readonly code: StackErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StackError';
  }
}

/** The message of anything thrown, for error reports that must not hide the original cause. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    // AggregateError (e.g. from a failed connect to several resolved addresses) has an empty
    // message; its members carry the reason.
    if (error instanceof AggregateError && error.message === '') {
      return error.errors.map(describeError).join('; ');
    }
    return error.message || error.name;
  }
  return String(error);
}
