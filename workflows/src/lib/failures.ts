import { ApplicationFailure } from '@temporalio/workflow';
import type { ErrorCode } from '@duban/contracts';
import type { Rejection } from './decision';

/** A business rejection: never retried, carries its stable code as the failure type. */
export function reject(code: ErrorCode, message: string, details?: Record<string, unknown>): ApplicationFailure {
  return ApplicationFailure.create({ type: code, message, nonRetryable: true, details: details ? [details] : [] });
}

/** A decider's rejection as the failure an update validator throws. */
export function failureOf(r: Rejection): ApplicationFailure {
  return reject(r.code, r.message, r.details);
}
