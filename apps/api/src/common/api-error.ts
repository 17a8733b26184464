/**
 * Errors raised at the HTTP edge, each with a stable code. The problem-details filter is the one
 * place that turns them (and workflows' DomainErrors) into RFC 9457 responses.
 */
export interface FieldProblem {
  field: string;
  rule: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldProblem[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const RequestInvalid = (errors: FieldProblem[]): ApiError =>
  new ApiError(400, 'REQUEST.INVALID', `the request is invalid: ${errors.map((e) => `${e.field} ${e.rule}`).join('; ')}`, errors);
export const Unauthenticated = (why: string): ApiError => new ApiError(401, 'AUTH.UNAUTHENTICATED', why);
export const Forbidden = (why: string): ApiError => new ApiError(403, 'AUTH.FORBIDDEN', why);
