import { ConsumersMetrics, topicLag } from './consumers-metrics';

describe('topicLag', () => {
  it('sums high watermark minus committed offset over partitions', () => {
    expect(topicLag([{ partition: 0, low: '0', high: '10' }, { partition: 1, low: '0', high: '5' }], [{ partition: 0, offset: '7' }, { partition: 1, offset: '5' }])).toBe(3);
  });

  it('counts a partition with no commit from its low watermark, and an offset deleted by retention from the low watermark too', () => {
    expect(topicLag([{ partition: 0, low: '4', high: '10' }], [{ partition: 0, offset: '-1' }])).toBe(6);
    expect(topicLag([{ partition: 0, low: '4', high: '10' }], [])).toBe(6);
    expect(topicLag([{ partition: 0, low: '4', high: '10' }], [{ partition: 0, offset: '2' }])).toBe(6);
  });

  it('is never negative', () => {
    expect(topicLag([{ partition: 0, low: '0', high: '3' }], [{ partition: 0, offset: '5' }])).toBe(0);
  });
});

describe('ConsumersMetrics', () => {
  it('counts handled and failed handler calls by group, and rethrows the failure', async () => {
    const m = new ConsumersMetrics();
    await m.counted('g', 3, () => Promise.resolve());
    await expect(m.counted('g', 1, () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    const text = await m.registry.metrics();
    expect(text).toContain('duban_consumer_events_total{group="g",outcome="handled",app="consumers"} 3');
    expect(text).toContain('duban_consumer_events_total{group="g",outcome="failed",app="consumers"} 1');
  });

  it('leaves lag out and dead letters NaN in a scrape whose source fails or is slow, counting the error', async () => {
    const m = new ConsumersMetrics(50);
    const admin = { connect: () => new Promise<void>(() => undefined) } as unknown as Parameters<ConsumersMetrics['attach']>[0]['admin'];
    m.attach({ groups: () => [{ groupId: 'g', topics: ['duban.tasks.v1'] }], admin, deadLetters: () => Promise.reject(new Error('down')) });
    const text = await m.registry.metrics();
    expect(text).not.toMatch(/^duban_consumer_lag_messages\{/m);
    // prom-client writes `Nan`; Prometheus parses NaN in any case.
    expect(text).toMatch(/^duban_webhook_dead_letters\{app="consumers"\} nan$/im);
    // The sources are read in parallel with the error counter: the failures show from the next scrape.
    const next = await m.registry.metrics();
    expect(next).toContain('duban_metrics_collect_errors_total{metric="duban_consumer_lag_messages",app="consumers"} 1');
    expect(next).toContain('duban_metrics_collect_errors_total{metric="duban_webhook_dead_letters",app="consumers"} 1');
  });
});
