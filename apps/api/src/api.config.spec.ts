import { ConfigError } from '@duban/config';
import { loadApiConfig } from './api.config';

const base = { TEMPORAL_ADDRESS: '127.0.0.1:7233', KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017/duban', JWT_SECRET: 'x'.repeat(32), AUDIT_CHAIN_KEY: 'k'.repeat(32) };

describe('loadApiConfig: deadlines', () => {
  it('defaults to a 5 s request budget with the store and Temporal limits inside it', () => {
    expect(loadApiConfig(base)).toMatchObject({
      REQUEST_TIMEOUT_MS: 5000,
      TEMPORAL_RPC_TIMEOUT_MS: 4000,
      MONGODB_MAX_TIME_MS: 3000,
      MONGODB_SOCKET_TIMEOUT_MS: 10_000,
      MONGODB_SERVER_SELECTION_TIMEOUT_MS: 3000,
      HEALTH_CHECK_TIMEOUT_MS: 1000,
      RETRY_AFTER_SECONDS: 5,
      PLAN_VIEW_CACHE_TTL_MS: 2000,
      PLAN_VIEW_STALE_GRACE_MS: 250,
      PLAN_VIEW_MAX_STALE_MS: 60_000,
      PLAN_VIEW_LOAD_TIMEOUT_MS: 30_000,
    });
  });

  it('refuses dependency limits that do not fit inside the budget, or a socket timeout below maxTimeMS, naming each', () => {
    try {
      loadApiConfig({ ...base, REQUEST_TIMEOUT_MS: '2000', MONGODB_MAX_TIME_MS: '2000', TEMPORAL_RPC_TIMEOUT_MS: '2500', MONGODB_SOCKET_TIMEOUT_MS: '1500', AUDIT_EXPORT_MAX_TIME_MS: '1500', PLAN_VIEW_STALE_GRACE_MS: '2000' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['AUDIT_EXPORT_MAX_TIME_MS', 'MONGODB_MAX_TIME_MS', 'MONGODB_SOCKET_TIMEOUT_MS', 'PLAN_VIEW_STALE_GRACE_MS', 'TEMPORAL_RPC_TIMEOUT_MS']);
    }
  });
});
