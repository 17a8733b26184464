import { buildOpenApiDocument } from '../http/openapi';
import { SYSTEM_OPERATIONS, callerSchema, healthSchema, livenessSchema, readinessSchema } from './system.http';

describe('system answers', () => {
  it('GET /health: each dependency up with its latency, or down with why', () => {
    const ok = { status: 'ok', dependencies: { temporal: { status: 'up', latencyMs: 3 }, kafka: { status: 'up', latencyMs: 12 }, store: { status: 'up', latencyMs: 1 } } };
    const degraded = { status: 'degraded', dependencies: { ...ok.dependencies, store: { status: 'down', error: 'no answer within 1000 ms' } } };
    expect(healthSchema.parse(ok)).toEqual(ok);
    expect(healthSchema.parse(degraded)).toEqual(degraded);
    expect(healthSchema.safeParse({ ...ok, dependencies: { ...ok.dependencies, store: { status: 'down', latencyMs: 1 } } }).success).toBe(false);
  });

  it('GET /health/live and /health/ready: up/down only, no latency or error text', () => {
    expect(livenessSchema.parse({ status: 'up' })).toEqual({ status: 'up' });
    const notReady = { status: 'not-ready', dependencies: { temporal: 'down', kafka: 'up', store: 'up' } };
    expect(readinessSchema.parse(notReady)).toEqual(notReady);
    expect(readinessSchema.safeParse({ ...notReady, dependencies: { ...notReady.dependencies, temporal: { status: 'down', error: 'unreachable' } } }).success).toBe(false);
    expect(readinessSchema.safeParse({ ...notReady, latencyMs: 3 }).success).toBe(false);
  });

  it('documents 429 with Retry-After on every operation but the exempt liveness probe', () => {
    const doc = buildOpenApiDocument(Object.values(SYSTEM_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(doc.paths?.['/health/live']?.get?.responses?.['429']).toBeUndefined();
    for (const path of ['/health', '/health/ready', '/me']) {
      const tooMany = doc.paths?.[path]?.get?.responses?.['429'];
      expect({ path, headers: Object.keys(tooMany?.headers ?? {}) }).toEqual({ path, headers: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'] });
      expect(tooMany?.content?.['application/problem+json']).toBeDefined();
    }
    expect(doc.paths?.['/health/ready']?.get?.responses?.['503']?.content?.['application/json']).toBeDefined();
  });

  it('GET /me: the token’s subject, unit and roles', () => {
    const caller = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };
    expect(callerSchema.parse(caller)).toEqual(caller);
    expect(callerSchema.safeParse({ ...caller, roles: ['root'] }).success).toBe(false);
  });

  it('documents /health without authentication and /me with it', () => {
    const doc = buildOpenApiDocument(Object.values(SYSTEM_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(doc.paths?.['/health']?.get?.security).toBeUndefined();
    expect(doc.paths?.['/health']?.get?.responses?.['401']).toBeUndefined();
    expect(doc.paths?.['/me']?.get?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths?.['/me']?.get?.responses?.['401']?.content?.['application/problem+json']).toBeDefined();
  });
});
