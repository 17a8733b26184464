import type { z } from 'zod';
import type { HttpOperation, ResponseOf } from './operation';
import type { ProblemDetails } from './problem-details';

type InputOf<S> = S extends z.ZodTypeAny ? z.input<S> : never;

/** What a call of `op` sends: its path parameters, query and body, typed from its schemas. */
export type OperationInput<O extends HttpOperation> = (O['params'] extends z.ZodTypeAny ? { params: InputOf<O['params']> } : { params?: never }) &
  (O['query'] extends z.ZodTypeAny ? { query?: Partial<Record<keyof InputOf<O['query']>, string | number | boolean>> } : { query?: never }) &
  (O['body'] extends z.ZodTypeAny ? { body: InputOf<O['body']> } : { body?: never });

/** An answer of `op`: its success body, or problem details (RFC 9457). */
export type OperationResult<O extends HttpOperation> =
  | { ok: true; status: O['success']['status']; body: ResponseOf<O> }
  | { ok: false; status: number; body: ProblemDetails };

/**
 * The method, URL (path parameters filled in and escaped, query appended) and JSON body of a call
 * of `op`. A browser or a test sends it with `fetch`; the types come from the operation's schemas,
 * the same ones `/docs/openapi.json` is generated from.
 */
export function requestOf<O extends HttpOperation>(op: O, input: OperationInput<O>): { method: string; path: string; body?: unknown } {
  const params = (input.params ?? {}) as Record<string, string>;
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${op.operationId}: path parameter ${name} is missing`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(Object.entries((input.query ?? {}) as Record<string, unknown>).flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k, String(v)]])));
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return { method: op.method.toUpperCase(), path: `${path}${search}`, ...(input.body !== undefined && { body: input.body }) };
}
