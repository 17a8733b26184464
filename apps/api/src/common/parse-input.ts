import type { ZodIssue, ZodType, ZodTypeDef } from 'zod';
import { RequestInvalid } from './api-error';

/**
 * Validates a request body or query string against a strict schema; a failure is a 400 naming
 * every field at fault (an unknown field is named too). Only the parsed value goes on, never the
 * raw request object.
 */
export function parseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, input: unknown, location: 'body' | 'query'): T {
  const result = schema.safeParse(input ?? (location === 'query' ? {} : undefined));
  if (result.success) return result.data;
  throw RequestInvalid(result.error.issues.flatMap((issue) => describe(issue, location)));
}

function describe(issue: ZodIssue, location: string): { field: string; rule: string }[] {
  const at = (path: (string | number)[]) => [location, ...path].join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: at([...issue.path, key]), rule: 'is not a known field' }));
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return [{ field: at(issue.path), rule: 'is required' }];
  }
  return [{ field: at(issue.path), rule: issue.message }];
}
