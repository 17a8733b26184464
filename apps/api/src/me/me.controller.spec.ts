import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { signToken } from '@duban/auth';
import { API_CONFIG } from '../api.config';
import { AuthGuard } from '../common/auth.guard';
import { ProblemDetailsFilter } from '../common/problem-details.filter';
import { MeController } from './me.controller';

/** `GET /me` through the real guard and filter (no store, no Temporal: the route needs neither). */
const JWT_SECRET = 'me-controller-spec-secret-of-at-least-32-chars';

@Module({
  controllers: [MeController],
  providers: [
    { provide: API_CONFIG, useValue: { JWT_SECRET, DEV_SIGN_IN: 'off' } },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
class MeTestModule {}

let app: NestFastifyApplication;

beforeAll(async () => {
  app = await NestFactory.create<NestFastifyApplication>(MeTestModule, new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});

afterAll(async () => {
  await app?.close();
});

describe('GET /me', () => {
  it('answers the verified caller’s subject, unit and roles', async () => {
    const token = await signToken({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] }, JWT_SECRET);
    const res = await app.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    // No dev sign-in here: the display name is the subject; the unit's name comes from the seed plan.
    expect(res.json()).toEqual({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'], unitName: '市政府督查室', name: 'wang.fang' });
  });

  it('refuses a request without a valid token with 401 problem+json', async () => {
    const missing = await app.inject({ method: 'GET', url: '/me' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const forged = await signToken({ sub: 'x', unit: 'DUCHA', roles: ['admin'] }, 'another-secret-of-at-least-32-characters!');
    const wrong = await app.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${forged}` } });
    expect(wrong.statusCode).toBe(401);
  });
});
