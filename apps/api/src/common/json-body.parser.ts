import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { ErrorCode } from '@duban/contracts';
import { ApiError, RequestInvalid } from './api-error';
import { decodeCsvBody } from './csv-charset';

/** The one route that reads a CSV body: the enterprise bulk import. */
const CSV_ROUTES = new Set(['/enterprises/import']);

/**
 * The API reads JSON bodies, and CSV (`text/csv`: UTF-8 or GB18030, decoded to a string) on the bulk import only. Malformed
 * JSON is a 400 with its own stable code, and keys that could pollute prototypes (`__proto__`,
 * `constructor.prototype`) are refused outright. Any other content type, and CSV on any other
 * route, is a 415 (Fastify's text/plain parser is removed).
 */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(new ApiError(ErrorCode.RequestMalformedJson, 'the body is empty but declared as application/json'), undefined);
      return;
    }
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (e) {
      done(new ApiError(ErrorCode.RequestMalformedJson, `the body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`), undefined);
    }
  });
  // Read as bytes: a CSV may come in GB18030 (what Chinese Excel saves), see decodeCsvBody.
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (request, body, done) => {
    if (!CSV_ROUTES.has(request.routeOptions.url ?? '')) {
      done(new ApiError(ErrorCode.RequestUnsupportedMediaType, 'only the enterprise import reads text/csv; send application/json'), undefined);
      return;
    }
    const decoded = decodeCsvBody(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, request.headers['content-type']);
    if (decoded.ok) done(null, decoded.text);
    else if (decoded.unsupported) done(new ApiError(ErrorCode.RequestUnsupportedMediaType, `the CSV body's ${decoded.rule}`), undefined);
    else done(RequestInvalid([{ field: 'body', rule: decoded.rule }]), undefined);
  });
}
