import { auditQuerySchema, reviewTaskSchema, submitTaskSchema } from '@duban/contracts';
import { ApiError } from './api-error';
import { parseInput } from './parse-input';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return (e.errors ?? []).map((f) => `${f.field}: ${f.rule}`);
    throw e;
  }
  throw new Error('expected a 400');
}

describe('parseInput', () => {
  it('passes valid input through, parsed', () => {
    expect(parseInput(submitTaskSchema, { summary: '  index  ' }, 'body')).toEqual({ summary: 'index' });
    expect(parseInput(auditQuerySchema, { limit: '5' }, 'query')).toEqual({ limit: 5, count: false });
  });

  it('names unknown, missing and mistyped fields', () => {
    expect(fieldsOf(() => parseInput(submitTaskSchema, { extra: 1 }, 'body'))).toEqual(['body.summary: is required', 'body.extra: is not a known field']);
    expect(fieldsOf(() => parseInput(submitTaskSchema, { summary: { $ne: 'x' } }, 'body'))).toEqual(['body.summary: Expected string, received object']);
    expect(fieldsOf(() => parseInput(auditQuerySchema, { 'unit[$ne]': 'X' }, 'query'))).toEqual(['query.unit[$ne]: is not a known field']);
    expect(fieldsOf(() => parseInput(submitTaskSchema, undefined, 'body'))).toEqual(['body: is required']);
  });

  it('applies cross-field rules: a rejection needs a reason', () => {
    expect(fieldsOf(() => parseInput(reviewTaskSchema, { decision: 'reject' }, 'body'))).toEqual(['body.reason: a rejection needs a reason']);
  });
});
