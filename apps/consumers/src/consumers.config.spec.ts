import { ConfigError } from '@duban/config';
import { loadConsumersConfig } from './consumers.config';

const base = { KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017/duban', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

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
