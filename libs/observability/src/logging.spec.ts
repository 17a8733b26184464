import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { PinoNestLogger, createLogger, formatPrettyLine, kafkaLogCreator, logFormatOf, temporalLogger } from './logging';

/** A logger writing JSON lines into an array, as the apps' stdout would receive them. */
function capture(level: 'info' | 'debug' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ app: 'test', level, format: 'json', destination }) };
}

describe('logFormatOf', () => {
  it('takes LOG_FORMAT when set, else json in production and pretty elsewhere', () => {
    expect(logFormatOf('pretty', 'production')).toBe('pretty');
    expect(logFormatOf('json', undefined)).toBe('json');
    expect(logFormatOf(undefined, 'production')).toBe('json');
    expect(logFormatOf(undefined, 'development')).toBe('pretty');
    expect(logFormatOf(undefined, undefined)).toBe('pretty');
  });
});

describe('createLogger', () => {
  it('writes one JSON object per line with the app, a numeric level and an epoch time', () => {
    const { lines, logger } = capture();
    logger.info({ workflowId: 'task/x' }, 'hello');
    expect(lines).toEqual([expect.objectContaining({ app: 'test', level: 30, msg: 'hello', workflowId: 'task/x', time: expect.any(Number) })]);
  });

  it('redacts tokens, passwords, cookies and authorization headers wherever a handler logs them', () => {
    const { lines, logger } = capture();
    logger.info({ token: 'secret-1', password: 'p', headers: { authorization: 'Bearer abc', cookie: 'sid=1' }, nested: { secret: 's', apiKey: 'k' } }, 'x');
    const text = JSON.stringify(lines);
    for (const leaked of ['secret-1', '"p"', 'Bearer abc', 'sid=1', '"s"', '"k"']) expect(text).not.toContain(leaked);
    expect(lines[0]).toMatchObject({ token: '[redacted]', headers: { authorization: '[redacted]', cookie: '[redacted]' } });
  });

  it('names the active span of a line written inside one, and nothing outside', () => {
    const manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
    try {
      const { lines, logger } = capture();
      const span = trace.wrapSpanContext({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1 });
      context.with(trace.setSpan(context.active(), span), () => logger.info('inside'));
      logger.info('outside');
      expect(lines[0]).toMatchObject({ msg: 'inside', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' });
      expect(lines[1]).not.toHaveProperty('traceId');
    } finally {
      context.disable();
    }
  });

  it('drops lines below LOG_LEVEL', () => {
    const { lines, logger } = capture('info');
    logger.debug('hidden');
    logger.warn('shown');
    expect(lines.map((l) => l['msg'])).toEqual(['shown']);
  });
});

describe('formatPrettyLine', () => {
  it('turns a JSON record into time, level, context, message and the remaining fields', () => {
    const line = formatPrettyLine(JSON.stringify({ level: 30, time: Date.UTC(2026, 11, 2, 10, 31, 2, 123), app: 'api', context: 'Api', msg: 'duban api listening on http://127.0.0.1:3000', port: 3000 }));
    expect(line).toBe('10:31:02.123 INFO  [Api] duban api listening on http://127.0.0.1:3000 port=3000\n');
  });

  it('leaves a line that is not a JSON object as it is', () => {
    expect(formatPrettyLine('plain text')).toBe('plain text\n');
    expect(formatPrettyLine('[1,2]\n')).toBe('[1,2]\n');
  });
});

describe('PinoNestLogger', () => {
  it("takes Nest's last string argument as the context and an error's stack", () => {
    const { lines, logger } = capture();
    const nest = new PinoNestLogger(logger);
    nest.log('audit consumer in group g on duban.tasks.v1', 'AuditConsumer');
    nest.error('failed', 'Error: boom\n    at x (y.ts:1:1)', 'Runner');
    nest.warn({ groupId: 'g' }, 'Runner');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'AuditConsumer', msg: 'audit consumer in group g on duban.tasks.v1' }),
      expect.objectContaining({ level: 50, context: 'Runner', msg: 'failed', stack: 'Error: boom\n    at x (y.ts:1:1)' }),
      expect.objectContaining({ level: 40, context: 'Runner', groupId: 'g' }),
    ]);
  });
});

describe('temporalLogger', () => {
  it("maps the SDK's levels and keeps its metadata as fields", () => {
    const { lines, logger } = capture('debug');
    const sdk = temporalLogger(logger);
    sdk.info('Workflow started', { workflowId: 'task/x', sdkComponent: 'workflow' });
    sdk.log('WARN', 'slow', { runId: 'r' });
    sdk.trace('not shown');
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: 'Workflow started', workflowId: 'task/x', sdkComponent: 'workflow' }), expect.objectContaining({ level: 40, msg: 'slow', runId: 'r' })]);
  });
});

describe('kafkaLogCreator', () => {
  it("writes kafkajs's entries at their level, its namespace as the context and its fields as fields", () => {
    const { lines, logger } = capture('debug');
    const write = kafkaLogCreator(logger)(2);
    write({ namespace: 'Connection', level: 1, log: { message: 'Response Metadata', timestamp: '2026-12-02T00:00:00.000Z', logger: 'kafkajs', broker: '127.0.0.1:9092', error: 'not the leader' } });
    write({ level: 2, log: { message: 'switched default partitioner', timestamp: 'x', logger: 'kafkajs' } });
    write({ namespace: 'Consumer', level: 4, log: { message: 'Starting', groupId: 'g' } });
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'Response Metadata', context: 'kafkajs.Connection', broker: '127.0.0.1:9092', error: 'not the leader' }),
      expect.objectContaining({ level: 40, msg: 'switched default partitioner', context: 'kafkajs' }),
      expect.objectContaining({ level: 30, msg: 'Starting', context: 'kafkajs.Consumer', groupId: 'g' }),
    ]);
    // kafkajs's own timestamp and logger name give way to the line's.
    expect(lines[0]).not.toHaveProperty('timestamp');
    expect(lines[0]?.['logger']).toBeUndefined();
  });
});
