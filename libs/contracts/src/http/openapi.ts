import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorStatusesOf, type HttpOperation } from './operation';
import { problemDetailsSchema } from './problem-details';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

// A type, not an interface: the generator's InfoObject carries an index signature for `x-` fields.
export type OpenApiInfo = {
  title: string;
  version: string;
  description: string;
};

/**
 * The OpenAPI 3.1 document of `operations`, generated from their zod schemas: parameters and
 * bodies from the request schemas, a schema for every 2xx from the response schema, and for every
 * 4xx/5xx an `application/problem+json` problem details schema whose `code` is one of the codes
 * that operation answers with that status.
 */
export function buildOpenApiDocument(operations: readonly HttpOperation[], info: OpenApiInfo): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  // The generator reads its metadata through zod's prototype; patching it here (idempotent) keeps
  // the patch out of every process that never builds the document.
  extendZodWithOpenApi(z);
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  const seen = new Set<string>();
  for (const op of operations) {
    if (seen.has(op.operationId)) throw new Error(`operationId ${op.operationId} is defined twice`);
    seen.add(op.operationId);
    registry.registerPath(toRoute(op, bearer.name));
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info,
    tags: [...new Set(operations.map((op) => op.tag))].sort().map((name) => ({ name })),
  });
}

/** The headers of a 429: when to retry, and the bucket that ran out (IETF draft `RateLimit` fields). */
const RATE_LIMITED_HEADERS = {
  'Retry-After': { description: 'seconds until the limit that was hit resets', schema: { type: 'integer' } },
  'RateLimit-Limit': { description: 'requests (or failed authentications) allowed per window in the bucket that was hit', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'what is left of that bucket in this window (0)', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'seconds until that bucket resets', schema: { type: 'integer' } },
} as const;

function toRoute(op: HttpOperation, bearer: string): RouteConfig {
  const responses: Record<number, ResponseConfig> = { [op.success.status]: success(op) };
  for (const [status, codes] of errorStatusesOf(op)) {
    const other = op.otherResponses?.[status];
    responses[status] = {
      description: other ? `${other.description}; or problem details: ${codes.join(', ')}` : codes.join(', '),
      ...(status === 503 && { headers: { 'Retry-After': { description: 'seconds to wait before retrying', schema: { type: 'integer' } } } }),
      ...(status === 429 && { headers: RATE_LIMITED_HEADERS }),
      content: {
        [PROBLEM_MEDIA_TYPE]: { schema: problemDetailsSchema.extend({ status: z.literal(status), code: z.enum(codes as [string, ...string[]]) }) },
        ...(other && { 'application/json': { schema: other.schema } }),
      },
    };
  }
  for (const [status, other] of Object.entries(op.otherResponses ?? {})) {
    responses[Number(status)] ??= { description: other.description, content: { 'application/json': { schema: other.schema } } };
  }
  const body = op.upload
    ? {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object' as const, properties: { [op.upload.field]: { type: 'string' as const, format: 'binary', description: op.upload.description } }, required: [op.upload.field] },
          },
        },
      }
    : op.body && {
        required: true,
        content: {
          'application/json': { schema: op.body },
          ...(op.csvBody && { 'text/csv': { schema: z.string().describe('RFC 4180 CSV with a header row') } }),
        },
      };
  return {
    method: op.method,
    path: op.path,
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description !== undefined && { description: op.description }),
    ...(op.auth !== 'public' && { security: [{ [bearer]: [] }] }),
    ...(op.roles && { 'x-roles': [...op.roles] }),
    request: {
      ...(op.params && { params: op.params }),
      ...(op.query && { query: op.query }),
      ...(body && { body }),
    } as RouteConfig['request'],
    responses,
  };
}

function success(op: HttpOperation): ResponseConfig {
  const { schema, mediaTypes, description, headers, binary } = op.success;
  const content = schema
    ? { 'application/json': { schema } }
    : mediaTypes && Object.fromEntries(mediaTypes.map((type) => [type, { schema: binary ? { type: 'string' as const, format: 'binary' } : z.string() }]));
  return {
    description,
    ...(headers && { headers: Object.fromEntries(Object.entries(headers).map(([name, d]) => [name, { description: d, schema: { type: 'string' } }])) }),
    ...(content && { content }),
  };
}
