import { createSubscriptionSchema, eventTypeMatches, eventTypesOf } from './webhooks.dto';

const problems = (input: unknown) => {
  const r = createSubscriptionSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('webhook subscription patterns', () => {
  it('matches exact types, whole-segment wildcards and *', () => {
    expect(eventTypeMatches('duban.task.submitted.v1', 'duban.task.submitted.v1')).toBe(true);
    expect(eventTypeMatches('duban.task.submitted.v1', 'duban.task.accepted.v1')).toBe(false);
    expect(eventTypeMatches('duban.task.*', 'duban.task.accepted.v1')).toBe(true);
    expect(eventTypeMatches('duban.task.*', 'duban.tasks.accepted.v1')).toBe(false);
    expect(eventTypeMatches('duban.task.*', 'duban.escalation.raised.v1')).toBe(false);
    expect(eventTypeMatches('*', 'duban.escalation.raised.v1')).toBe(true);
  });

  it('knows which catalogue types a pattern covers', () => {
    expect(eventTypesOf('duban.escalation.*').sort()).toEqual(['duban.escalation.acknowledged.v1', 'duban.escalation.raised.v1', 'duban.escalation.resolved.v1']);
    expect(eventTypesOf('duban.nothing.*')).toEqual([]);
  });
});

describe('POST /subscriptions body', () => {
  it('accepts an http(s) URL and catalogue types or wildcards', () => {
    expect(problems({ url: 'https://hooks.example.org/duban', eventTypes: ['duban.task.*', 'duban.escalation.raised.v1'] })).toEqual([]);
    expect(problems({ url: 'http://127.0.0.1:8080/x?y=1', eventTypes: ['*'], description: 'ops' })).toEqual([]);
  });

  it('names the field and the rule for bad input', () => {
    expect(problems({ url: 'ftp://example.org/', eventTypes: ['*'] })).toEqual(['url: must be an http:// or https:// URL']);
    expect(problems({ url: 'https://u:p@example.org/', eventTypes: ['*'] })).toEqual(['url: must not carry a user name or password']);
    expect(problems({ url: 'not a url', eventTypes: ['*'] })).toEqual(['url: must be an absolute URL']);
    expect(problems({ url: 'https://example.org/', eventTypes: ['duban.task.finished.v1'] })).toEqual([
      'eventTypes.0: matches no type of the event catalogue (see docs/asyncapi.yaml)',
    ]);
    expect(problems({ url: 'https://example.org/', eventTypes: ['duban.ta*'] })[0]).toMatch(/^eventTypes.0: must be an event type, a wildcard/);
    expect(problems({ url: 'https://example.org/', eventTypes: [] })).toEqual(['eventTypes: must name at least one event type']);
    expect(problems({ url: 'https://example.org/', eventTypes: ['*', '*'] })).toEqual(['eventTypes: must not repeat a pattern']);
    expect(problems({ url: 'https://example.org/', eventTypes: ['*'], secret: 'mine' })).toEqual([': Unrecognized key(s) in object: \'secret\'']);
  });
});
