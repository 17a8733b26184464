import { loadConsumersConfig } from '../consumers.config';

// The audit chain's key is required since issue 12 (audit anchoring); any 32 characters do here.
const base = { KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017/duban', TEMPORAL_ADDRESS: '127.0.0.1:7233', AUDIT_CHAIN_KEY: 'k'.repeat(32) };

describe('webhook delivery configuration', () => {
  it('has working defaults', () => {
    expect(loadConsumersConfig(base)).toMatchObject({
      WEBHOOK_RETRY_BASE_MS: 1000,
      WEBHOOK_RETRY_MAX_MS: 3_600_000,
      WEBHOOK_MAX_ATTEMPTS: 8,
      WEBHOOK_TIMEOUT_MS: 10_000,
      WEBHOOK_LEASE_MS: 60_000,
      WEBHOOK_POLL_MS: 1000,
      WEBHOOK_CONCURRENCY: 4,
    });
  });

  it('reads numbers from the environment', () => {
    expect(loadConsumersConfig({ ...base, WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_MAX_ATTEMPTS: '3' })).toMatchObject({ WEBHOOK_RETRY_BASE_MS: 200, WEBHOOK_MAX_ATTEMPTS: 3 });
  });

  it('reads the egress allow-list (nothing allowed when unset) and refuses a malformed entry, naming it', () => {
    expect(loadConsumersConfig(base).WEBHOOK_EGRESS_ALLOW.entries).toEqual([]);
    const allow = loadConsumersConfig({ ...base, WEBHOOK_EGRESS_ALLOW: 'hooks.corp.internal,10.1.2.0/24' }).WEBHOOK_EGRESS_ALLOW;
    expect(allow.allowsHost('hooks.corp.internal')).toBe(true);
    expect(allow.allowsAddress('10.1.2.3')).toBe(true);
    expect(allow.allowsAddress('127.0.0.1')).toBe(false);
    expect(() => loadConsumersConfig({ ...base, WEBHOOK_EGRESS_ALLOW: '10.0.0.0/40' })).toThrow(/WEBHOOK_EGRESS_ALLOW: .*"10.0.0.0\/40"/);
  });

  it('refuses bad values and inconsistent ones, naming the variable', () => {
    expect(() => loadConsumersConfig({ ...base, WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(/WEBHOOK_MAX_ATTEMPTS/);
    expect(() => loadConsumersConfig({ ...base, WEBHOOK_RETRY_BASE_MS: 'soon' })).toThrow(/WEBHOOK_RETRY_BASE_MS/);
    expect(() => loadConsumersConfig({ ...base, WEBHOOK_TIMEOUT_MS: '5000', WEBHOOK_LEASE_MS: '5000' })).toThrow(/WEBHOOK_LEASE_MS: must exceed WEBHOOK_TIMEOUT_MS \(5000\)/);
    expect(() => loadConsumersConfig({ ...base, WEBHOOK_RETRY_BASE_MS: '5000', WEBHOOK_RETRY_MAX_MS: '1000' })).toThrow(/WEBHOOK_RETRY_MAX_MS: must be at least WEBHOOK_RETRY_BASE_MS/);
  });
});
