import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { ApiError } from './api-error';

/**
 * The API reads JSON bodies only. Malformed JSON is a 400 with its own stable code, and keys
 * that could pollute prototypes (`__proto__`, `constructor.prototype`) are refused outright.
 * Any other content type is a 415 (Fastify's text/plain parser is removed).
 */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(new ApiError(400, 'REQUEST.MALFORMED_JSON', 'the body is empty but declared as application/json'), undefined);
      return;
    }
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (e) {
      done(new ApiError(400, 'REQUEST.MALFORMED_JSON', `the body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`), undefined);
    }
  });
}
