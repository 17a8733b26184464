import { topicProblems, UnsafeTopicsError, type DescribedTopic, type TopicPolicy } from './topic-declaration';

const declared: TopicPolicy = { partitions: 3, replicationFactor: 3, onUnsafe: 'refuse' };
const safe: DescribedTopic = { topic: 'duban.tasks.v1', partitions: 6, replicationFactor: 3, configs: { 'retention.ms': '-1', 'retention.bytes': '-1', 'cleanup.policy': 'delete' } };

describe('topicProblems', () => {
  it('finds nothing wrong with a topic that keeps every event, with enough partitions and replicas', () => {
    expect(topicProblems(safe, declared)).toEqual([]);
  });

  it("calls a broker's default 7-day retention unsafe, saying what a rebuild would miss", () => {
    const [problem, ...rest] = topicProblems({ ...safe, configs: { ...safe.configs, 'retention.ms': '604800000' } }, declared);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ setting: 'retention.ms', found: '604800000', expected: '-1', severity: 'unsafe' });
    expect(problem?.why).toMatch(/older than 7 days/);
  });

  it('calls size retention and compaction unsafe', () => {
    const problems = topicProblems({ ...safe, configs: { 'retention.ms': '-1', 'retention.bytes': '1073741824', 'cleanup.policy': 'compact,delete' } }, declared);
    expect(problems.map((p) => [p.setting, p.severity])).toEqual([
      ['retention.bytes', 'unsafe'],
      ['cleanup.policy', 'unsafe'],
    ]);
  });

  it('advises on fewer partitions or replicas than declared, without calling them unsafe', () => {
    const problems = topicProblems({ ...safe, partitions: 1, replicationFactor: 1 }, declared);
    expect(problems.map((p) => [p.setting, p.found, p.severity])).toEqual([
      ['partitions', '1', 'advice'],
      ['replication.factor', '1', 'advice'],
    ]);
    // -1: the broker's default replication, nothing to compare with.
    expect(topicProblems({ ...safe, replicationFactor: 1 }, { ...declared, replicationFactor: -1 })).toEqual([]);
  });

  it('names every unsafe topic and setting in the start-up error', () => {
    const error = new UnsafeTopicsError(topicProblems({ ...safe, configs: { 'retention.ms': '86400000' } }, declared));
    expect(error.message).toMatch(/duban\.tasks\.v1: retention\.ms=86400000, expected -1/);
    expect(error.message).toMatch(/KAFKA_TOPIC_CHECK=warn/);
  });
});
