import { ApiProblem } from '../../api/client';

/**
 * The same refusal with the API's field paths (`body.payload.visitedOn`, `query.planId`) renamed to
 * the form's field names, so ActionForm shows each rule beside its field. Paths not in `rename`
 * keep their name and end up in the form's general alert.
 */
export function withFormFields(error: unknown, rename: (apiField: string) => string | undefined): unknown {
  if (!(error instanceof ApiProblem) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({ ...e, field: rename(e.field) ?? e.field }));
  return new ApiProblem(error.status, { ...error.problem, errors });
}
