import { ConfigError } from '@duban/config';
import { loadConsumersConfig } from './consumers.config';

const base = { KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017/duban', TEMPORAL_ADDRESS: '127.0.0.1:7233', AUDIT_CHAIN_KEY: 'k'.repeat(32) };

describe('consumers configuration: the audit chain key (issue 12)', () => {
  it('refuses to start without a key, with a short one, or with both a key and a key file', () => {
    const { AUDIT_CHAIN_KEY: _key, ...withoutKey } = base;
    expect(() => loadConsumersConfig(withoutKey)).toThrow(/AUDIT_CHAIN_KEY: is required \(or AUDIT_CHAIN_KEY_FILE\)/);
    expect(() => loadConsumersConfig({ ...base, AUDIT_CHAIN_KEY: 'short' })).toThrow(/AUDIT_CHAIN_KEY: must be at least 32 characters/);
    expect(() => loadConsumersConfig({ ...base, AUDIT_CHAIN_KEY_FILE: '/nonexistent/key' })).toThrow(/not both/);
    expect(() => loadConsumersConfig({ ...withoutKey, AUDIT_CHAIN_KEY_FILE: '/nonexistent/key' })).toThrow(/AUDIT_CHAIN_KEY_FILE: cannot be read \(ENOENT\)/);
  });

  it('reads the key, and checkpoints every 1000 records or 10 s by default', () => {
    const config = loadConsumersConfig(base);
    expect(config).toMatchObject({ AUDIT_CHECKPOINT_EVERY: 1000, AUDIT_CHECKPOINT_INTERVAL_MS: 10_000, AUDIT_CHAIN_ACCEPT_UNKEYED: false });
    expect(config.auditChainKeyring.current.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('consumers configuration', () => {
  it('defaults each consumer group', () => {
    expect(loadConsumersConfig(base)).toMatchObject({
      AUDIT_GROUP_ID: 'duban-audit',
      TASKS_GROUP_ID: 'duban-tasks',
      ENTERPRISES_GROUP_ID: 'duban-enterprises',
      NOTIFICATIONS_GROUP_ID: 'duban-notifications',
      SCORES_GROUP_ID: 'duban-scores',
      WEBHOOKS_GROUP_ID: 'duban-webhooks',
      INDEX_DELIVERY_GROUP_ID: 'duban-index-delivery',
    });
  });

  it('reaches Temporal for the index delivery: TEMPORAL_ADDRESS is required, the signals bounded', () => {
    const { TEMPORAL_ADDRESS: _, ...withoutTemporal } = base;
    expect(() => loadConsumersConfig(withoutTemporal)).toThrow(/TEMPORAL_ADDRESS: is required but not set/);
    expect(loadConsumersConfig(base)).toMatchObject({ TEMPORAL_NAMESPACE: 'default', INDEX_DELIVERY_SIGNAL_TIMEOUT_MS: 5000, INDEX_DELIVERY_CONCURRENCY: 20 });
    expect(() => loadConsumersConfig({ ...base, INDEX_DELIVERY_CONCURRENCY: '0' })).toThrow(/INDEX_DELIVERY_CONCURRENCY/);
    expect(() => loadConsumersConfig({ ...base, INDEX_DELIVERY_GROUP_ID: 'duban-audit' })).toThrow(/INDEX_DELIVERY_GROUP_ID: must differ from AUDIT_GROUP_ID/);
  });

  it('takes the groups from the environment', () => {
    expect(loadConsumersConfig({ ...base, TASKS_GROUP_ID: 'duban-tasks-rebuild-2' }).TASKS_GROUP_ID).toBe('duban-tasks-rebuild-2');
  });

  it('refuses a bad group id and one group for both consumers, naming the variable', () => {
    expect(() => loadConsumersConfig({ ...base, TASKS_GROUP_ID: 'has space' })).toThrow(/TASKS_GROUP_ID: must be/);
    expect(() => loadConsumersConfig({ ...base, TASKS_GROUP_ID: '' })).toThrow(ConfigError);
    expect(() => loadConsumersConfig({ ...base, AUDIT_GROUP_ID: 'same', TASKS_GROUP_ID: 'same' })).toThrow(/TASKS_GROUP_ID: must differ from AUDIT_GROUP_ID/);
    expect(() => loadConsumersConfig({ ...base, ENTERPRISES_GROUP_ID: 'duban-tasks' })).toThrow(/ENTERPRISES_GROUP_ID: must differ from TASKS_GROUP_ID/);
    expect(() => loadConsumersConfig({ ...base, ENTERPRISES_GROUP_ID: 'duban-audit' })).toThrow(/ENTERPRISES_GROUP_ID: must differ from AUDIT_GROUP_ID/);
    expect(() => loadConsumersConfig({ ...base, WEBHOOKS_GROUP_ID: 'duban-scores' })).toThrow(/WEBHOOKS_GROUP_ID: must differ from SCORES_GROUP_ID/);
  });
});
