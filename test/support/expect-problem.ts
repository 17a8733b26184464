import type { ProblemDetails } from '@duban/contracts';

/**
 * An RFC 9457 answer: the HTTP status itself (not only the body's copy of it), the
 * `application/problem+json` media type, the body's `status` and stable `code`, and, when given,
 * the field the problem names.
 */
export function expectProblem(res: { status: number; headers: Headers; body: unknown }, status: number, code: string, field?: string): void {
  expect({ httpStatus: res.status, body: res.body }).toMatchObject({ httpStatus: status, body: { status, code } });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (field) expect((res.body as ProblemDetails).errors?.map((e) => e.field)).toContain(field);
}
