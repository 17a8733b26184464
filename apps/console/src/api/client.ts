import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { readToken } from '../auth/token-store';

/** An RFC 9457 body as the API answers it (generated from the OpenAPI document). */
export type Problem = components['schemas'] extends { ProblemDetails: infer P } ? P : ProblemShape;
interface ProblemShape {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; rule: string }[];
}

/** A refusal or failure of the API, carried to the page that shows it beside the field or action. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemShape,
  ) {
    super(problem.detail || problem.title);
  }

  /** The rule broken by `field` (dotted path as the API names it), if the API named one. */
  fieldRule(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`))?.rule;
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = readToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The typed client: paths, parameters and bodies all come from the generated schema. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/** Unwraps an openapi-fetch result: the data, or an {@link ApiProblem} thrown for the page. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as Partial<ProblemShape>;
  throw new ApiProblem(response.status, {
    type: body.type ?? 'about:blank',
    title: body.title ?? response.statusText,
    status: response.status,
    detail: body.detail ?? response.statusText,
    code: body.code ?? `HTTP.${response.status}`,
    ...(body.errors && { errors: body.errors }),
  });
}
