import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ErrorCode } from '@duban/contracts';

/**
 * What the console's pages may load: only this origin (the API itself), styles inline because
 * antd writes its CSS-in-JS into <style> elements, images also from data:/blob: (downloads, charts).
 * Ours (a defence against injected script), not the seed's.
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves the built console at `/console/` (same origin and authorisation as the API: the pages call
 * the API's own paths with the signed-in bearer token). Hashed assets are cached for a year; the
 * page itself never, so a deploy is seen on the next load. Every other path under `/console/` is a
 * deep link (`/console/tasks/…`) answered with the page, whose router shows it. Without a build the
 * console's paths say how to make one (a 503 in problem details) instead of a bare 404.
 */
export async function installConsole(fastify: FastifyInstance, consoleDir: string): Promise<void> {
  const root = path.resolve(consoleDir);
  const indexFile = path.join(root, 'index.html');
  const built = existsSync(indexFile);
  const securityHeaders = (reply: FastifyReply) =>
    reply.header('Content-Security-Policy', CONSOLE_CSP).header('X-Content-Type-Options', 'nosniff').header('Referrer-Policy', 'same-origin').header('X-Frame-Options', 'DENY');
  fastify.get('/', (_req, reply) => reply.redirect('/console/', 302));
  fastify.get('/console', (_req, reply) => reply.redirect('/console/', 301));
  if (!built) {
    fastify.get('/console/*', (req, reply) =>
      reply
        .code(503)
        .header('Retry-After', '30')
        .type('application/problem+json; charset=utf-8')
        .send({ type: 'about:blank', title: 'Console not built', status: 503, code: ErrorCode.DependencyUnavailable, detail: `the console is not built in ${root}: run \`npx nx run console:build\` (npm start and npm test do)`, instance: req.url }),
    );
    return;
  }
  // The page is small: read it again only when a new build replaced it (its stat is cheap), so a
  // rebuild while the API runs is served without a restart.
  let page = { mtimeMs: -1, body: Buffer.alloc(0) };
  const currentPage = (): Buffer => {
    const { mtimeMs } = statSync(indexFile);
    if (mtimeMs !== page.mtimeMs) page = { mtimeMs, body: readFileSync(indexFile) };
    return page.body;
  };
  const sendPage = (reply: FastifyReply) => securityHeaders(reply).header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(currentPage());
  // Hashed names: a file's content never changes, so it is cached for a year.
  await fastify.register(fastifyStatic, {
    root: path.join(root, 'assets'),
    prefix: '/console/assets/',
    decorateReply: false,
    index: false,
    setHeaders: (res) => {
      res.header('X-Content-Type-Options', 'nosniff');
      res.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  fastify.get('/console/', (_req, reply) => sendPage(reply));
  // Every other path is one of the router's deep links (/console/tasks/…): the page shows it.
  fastify.get('/console/*', (_req, reply) => sendPage(reply));
}
