import { buildOpenApiDocument } from '../http/openapi';
import { SYSTEM_OPERATIONS, callerSchema, healthSchema } from './system.http';

describe('system answers', () => {
  it('GET /health: each dependency up with its latency, or down with why', () => {
    const ok = { status: 'ok', dependencies: { temporal: { status: 'up', latencyMs: 3 }, kafka: { status: 'up', latencyMs: 12 }, store: { status: 'up', latencyMs: 1 } } };
    const degraded = { status: 'degraded', dependencies: { ...ok.dependencies, store: { status: 'down', error: 'no answer within 1000 ms' } } };
    expect(healthSchema.parse(ok)).toEqual(ok);
    expect(healthSchema.parse(degraded)).toEqual(degraded);
    expect(healthSchema.safeParse({ ...ok, dependencies: { ...ok.dependencies, store: { status: 'down', latencyMs: 1 } } }).success).toBe(false);
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
