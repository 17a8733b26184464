import { Counter } from 'prom-client';
import { createMetricsRegistry, joinExpositions, statusClass } from './metrics';

describe('createMetricsRegistry', () => {
  it('holds the default process metrics and our own, each labelled with the app, apart from the global registry', async () => {
    const a = createMetricsRegistry('api');
    const b = createMetricsRegistry('worker');
    new Counter({ name: 'duban_test_total', help: 'x', registers: [a] }).inc();
    const text = await a.metrics();
    expect(text).toMatch(/^process_cpu_user_seconds_total\{app="api"\} /m);
    expect(text).toMatch(/^duban_test_total\{app="api"\} 1$/m);
    expect(await b.metrics()).not.toContain('duban_test_total');
  });
});

describe('statusClass', () => {
  it('groups status codes by hundred', () => {
    expect([200, 201, 404, 503].map(statusClass)).toEqual(['2xx', '2xx', '4xx', '5xx']);
  });
});

describe('joinExpositions', () => {
  it('joins non-empty texts with one newline each', () => {
    expect(joinExpositions(['a 1\n', '', '  ', 'b 2'])).toBe('a 1\nb 2\n');
  });
});
