import { ConfigError } from '@duban/config';
import { loadApiConfig } from '../api.config';
import { tokenRulesOf } from './auth.config';

const base = { TEMPORAL_ADDRESS: '127.0.0.1:7233', KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017/duban', AUDIT_CHAIN_KEY: 'k'.repeat(32) };
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadApiConfig(env);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems.map((p) => `${p.variable}: ${p.rule}`);
  }
};

describe('token and OIDC configuration', () => {
  it('defaults: 12 h lifetime, 60 s skew, supervisor bound to DUCHA and LGO, performance to PERF', () => {
    const config = loadApiConfig({ ...base, JWT_SECRET: 'x'.repeat(32) });
    expect(tokenRulesOf(config)).toEqual({ maxLifetimeSeconds: 43200, clockSkewSeconds: 60, roleUnits: { supervisor: ['DUCHA', 'LGO'], performance: ['PERF'] } });
    expect(config.OIDC_ISSUER).toBeUndefined();
  });

  it('reads the bindings, the lifetime and the OIDC settings', () => {
    const config = loadApiConfig({
      ...base,
      SUPERVISOR_UNITS: 'DUCHA',
      PERFORMANCE_UNITS: 'PERF, DUCHA',
      TOKEN_MAX_LIFETIME_SECONDS: '3600',
      OIDC_ISSUER: 'https://sso.example.gov.cn/realms/duban',
      OIDC_AUDIENCE: 'duban-api',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'duban-official=official,duban-supervisor=supervisor',
    });
    expect(tokenRulesOf(config).roleUnits).toEqual({ supervisor: ['DUCHA'], performance: ['PERF', 'DUCHA'] });
    expect(config.TOKEN_MAX_LIFETIME_SECONDS).toBe(3600);
    expect(config.JWT_SECRET).toBeUndefined();
    expect(config.OIDC_ROLE_MAP).toEqual({ 'duban-official': 'official', 'duban-supervisor': 'supervisor' });
    expect(config.OIDC_ALGORITHMS).toEqual(['RS256', 'ES256']);
  });

  it('names every problem: no way to sign in, an issuer without audience, a bad role map or algorithm', () => {
    expect(problemsOf(base)).toContain('JWT_SECRET: is required unless OIDC_ISSUER is set');
    expect(problemsOf({ ...base, OIDC_ISSUER: 'https://sso.example' })).toContain('OIDC_AUDIENCE: is required with OIDC_ISSUER');
    expect(problemsOf({ ...base, JWT_SECRET: 'x'.repeat(32), OIDC_AUDIENCE: 'a' })).toContain('OIDC_AUDIENCE: has no effect without OIDC_ISSUER');
    expect(problemsOf({ ...base, OIDC_ISSUER: 'https://sso.example', OIDC_AUDIENCE: 'a', OIDC_ROLE_MAP: 'x=root' })).toContain('OIDC_ROLE_MAP: "x=root": root is not one of official, supervisor, performance, admin');
    expect(problemsOf({ ...base, OIDC_ISSUER: 'https://sso.example', OIDC_AUDIENCE: 'a', OIDC_ALGORITHMS: 'HS256' }).join()).toMatch(/^OIDC_ALGORITHMS/);
    expect(problemsOf({ ...base, JWT_SECRET: 'x'.repeat(32), SUPERVISOR_UNITS: 'ducha' }).join()).toMatch(/^SUPERVISOR_UNITS: must be unit codes/);
  });
});
