import { ConfigError, env, loadConfig, requiredVariables } from './load-config';

const shape = { PORT: env.port(3000), KAFKA_BROKERS: env.kafkaBrokers, MONGODB_URI: env.mongodbUri, JWT_SECRET: env.jwtSecret };

describe('loadConfig', () => {
  it('applies defaults and parses lists', () => {
    const config = loadConfig(shape, { KAFKA_BROKERS: 'a:9092, b:9093', MONGODB_URI: 'mongodb://h:27017/duban', JWT_SECRET: 'x'.repeat(32) });
    expect(config).toEqual({ PORT: 3000, KAFKA_BROKERS: ['a:9092', 'b:9093'], MONGODB_URI: 'mongodb://h:27017/duban', JWT_SECRET: 'x'.repeat(32) });
  });

  it('names every missing or bad variable at once', () => {
    try {
      loadConfig(shape, { PORT: 'eighty', KAFKA_BROKERS: 'no-port', JWT_SECRET: 'short' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.map((p) => p.variable)).toEqual(['PORT', 'KAFKA_BROKERS', 'MONGODB_URI', 'JWT_SECRET']);
      expect((e as ConfigError).message).toContain('MONGODB_URI: is required but not set');
    }
  });

  it('lists the variables a deployment must set', () => {
    expect(requiredVariables(shape)).toEqual(['KAFKA_BROKERS', 'MONGODB_URI', 'JWT_SECRET']);
  });
});
