import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { EVIDENCE_OPERATIONS, ErrorCode, routerPath } from '@duban/contracts';

/** The one route that reads `multipart/form-data`. */
const UPLOAD_ROUTE = routerPath(EVIDENCE_OPERATIONS.uploadEvidence.path);

/**
 * Lets the evidence upload read `multipart/form-data` as a stream (`request.file()`), and keeps
 * every other route as it was: a multipart body anywhere else is a 415, as before. The plugin adds
 * a content-type parser for multipart only, so our JSON and CSV parsers are untouched; the file's
 * size is bounded here (`maxBytes`: busboy stops at it and marks the part truncated, which the
 * upload answers with 413) and the parts are few (one file, a handful of fields).
 */
export async function installEvidenceUploads(fastify: FastifyInstance, maxBytes: number): Promise<void> {
  await fastify.register(fastifyMultipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 9, fieldSize: 4096, headerPairs: 100 },
  });
  fastify.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    // An unknown route keeps its 404.
    if (!/^multipart\//i.test(request.headers['content-type'] ?? '') || route === undefined || route === UPLOAD_ROUTE) return;
    // Answered here (a hook runs before Nest's filter can see the request), in the filter's shape.
    await reply
      .status(415)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({
        type: `urn:duban:problem:${ErrorCode.RequestUnsupportedMediaType.toLowerCase()}`,
        title: 'Unsupported Media Type',
        status: 415,
        detail: `only ${EVIDENCE_OPERATIONS.uploadEvidence.path} reads multipart/form-data; send application/json`,
        instance: request.url,
        code: ErrorCode.RequestUnsupportedMediaType,
      });
    return reply;
  });
}
