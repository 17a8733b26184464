import { ErrorCode, HTTP_STATUS_OF_ERROR } from '@duban/contracts';

/**
 * Errors raised at the HTTP edge, each with a stable code. The problem-details filter is the one
 * place that turns them (and workflows' DomainErrors) into RFC 9457 responses.
 */
export interface FieldProblem {
  field: string;
  rule: string;
}

/** An error answered with its code's status ({@link HTTP_STATUS_OF_ERROR}: no call site picks a status). */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldProblem[],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = HTTP_STATUS_OF_ERROR[code];
  }
}

export const RequestInvalid = (errors: FieldProblem[]): ApiError =>
  new ApiError(ErrorCode.RequestInvalid, `the request is invalid: ${errors.map((e) => `${e.field} ${e.rule}`).join('; ')}`, errors);
export const Unauthenticated = (why: string): ApiError => new ApiError(ErrorCode.Unauthenticated, why);
export const Forbidden = (why: string): ApiError => new ApiError(ErrorCode.Forbidden, why);
