import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { verifyToken } from '@duban/auth';
import { DEV_USERS } from '@duban/contracts';
import { loadApiConfig } from '../api.config';
import { AppModule } from '../app.module';
import { AuthGuard } from '../common/auth.guard';
import { ProblemDetailsFilter } from '../common/problem-details.filter';
import { API_CONFIG } from '../api.config';
import { DevController } from './dev.controller';

const base = { TEMPORAL_ADDRESS: '127.0.0.1:7233', KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017/duban', AUDIT_CHAIN_KEY: 'k'.repeat(32) };
const JWT_SECRET = 'dev-controller-spec-secret-of-at-least-32-chars';

describe('the dev sign-in routes', () => {
  it('are registered only with DEV_SIGN_IN=on, which needs the local secret', () => {
    const controllersOf = (env: NodeJS.ProcessEnv) => AppModule.forConfig(loadApiConfig({ ...base, ...env })).controllers ?? [];
    expect(controllersOf({ JWT_SECRET, DEV_SIGN_IN: 'on' })).toContain(DevController);
    // The default, a configured secret without the flag, and an OIDC-only deployment: no dev routes.
    expect(controllersOf({ JWT_SECRET })).not.toContain(DevController);
    expect(controllersOf({ JWT_SECRET, DEV_SIGN_IN: 'off' })).not.toContain(DevController);
    expect(controllersOf({ OIDC_ISSUER: 'https://idp.example/realms/duban', OIDC_AUDIENCE: 'duban' })).not.toContain(DevController);
    expect(controllersOf({ JWT_SECRET, DEV_SIGN_IN: 'on' }).length).toBe(controllersOf({ JWT_SECRET }).length + 1);
    expect(() => loadApiConfig({ ...base, OIDC_ISSUER: 'https://idp.example/realms/duban', OIDC_AUDIENCE: 'duban', DEV_SIGN_IN: 'on' })).toThrow(/DEV_SIGN_IN: needs JWT_SECRET/);
  });

  it('list an official of every seed unit and the offices, each with a Chinese name', () => {
    const byUnit = new Map(DEV_USERS.map((u) => [u.unit + ':' + u.roles.join(','), u]));
    expect(byUnit.get('FUTIAN:official')).toMatchObject({ name: '福田区人民政府 经办人', unitName: '福田区人民政府' });
    expect(byUnit.get('LUOHU:official')).toBeDefined();
    expect(byUnit.get('DUCHA:supervisor')).toBeDefined();
    expect(byUnit.get('LGO:supervisor')).toBeDefined();
    expect(byUnit.get('PERF:performance')).toBeDefined();
    expect(byUnit.get('LGO:admin')).toBeDefined();
    expect(new Set(DEV_USERS.map((u) => u.id)).size).toBe(DEV_USERS.length);
  });
});

describe('with DEV_SIGN_IN=on', () => {
  @Module({
    controllers: [DevController],
    providers: [
      { provide: API_CONFIG, useValue: { JWT_SECRET, DEV_SIGN_IN: 'on', TOKEN_MAX_LIFETIME_SECONDS: 3600 } },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    ],
  })
  class DevTestModule {}

  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(DevTestModule, new FastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('issues a token the API’s verifier accepts, for the dev user', async () => {
    const res = await app.inject({ method: 'POST', url: '/dev/token', payload: { userId: 'dev.futian' } });
    expect(res.statusCode).toBe(200);
    const { token, expiresAt } = res.json<{ token: string; expiresAt: string }>();
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3500_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
    // The same check the guard makes (secret, issuer, lifetime, unit, role binding); /me with it: test/dev-sign-in.e2e.spec.ts.
    expect(await verifyToken(token, JWT_SECRET)).toEqual({ sub: 'dev.futian', unit: 'FUTIAN', roles: ['official'] });
  });

  it('refuses an unknown user with 400 naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/dev/token', payload: { userId: 'nobody' } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('body.userId');
  });
});
