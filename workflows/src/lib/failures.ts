import { ApplicationFailure } from '@temporalio/workflow';
import type { ErrorCode } from '@duban/contracts';

/** A business rejection: never retried, carries its stable code as the failure type. */
export function reject(code: ErrorCode, message: string, details?: Record<string, unknown>): ApplicationFailure {
  return ApplicationFailure.create({ type: code, message, nonRetryable: true, details: details ? [details] : [] });
}
