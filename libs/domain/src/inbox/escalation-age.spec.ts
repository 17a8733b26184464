import { ESCALATION_AGE_BUCKETS, escalationAge, escalationAgeBucket, escalationAgeRange, type EscalationAgeBucket } from './escalation-age';

/**
 * Hand-worked on the 2025 国庆 break: 1–8 October off, Sunday 28 September and Saturday
 * 11 October worked. "Today" is Monday 2025-10-13. Walking back, the working days are
 * 10-13, 10-11, 10-10, 10-09 (4), 09-30 (5), 09-29, 09-28, 09-26, 09-25, 09-24, 09-23, 09-22,
 * 09-19, 09-18, 09-17 (15).
 */
const today = '2025-10-13';

describe('escalation age in working days', () => {
  it.each([
    ['2025-10-13', 0], // raised today
    ['2025-10-12', 1], // Sunday: only Monday counts
    ['2025-10-10', 2], // Saturday 10-11 worked, Monday
    ['2025-09-30', 4], // the whole break counts nothing
    ['2025-09-29', 5],
    ['2025-09-17', 14],
    ['2025-09-16', 15],
    ['2025-10-20', 0], // raised "after" today (clock skew) is never negative
  ])('raised %s is %i working days old on 2025-10-13', (raised, age) => {
    expect(escalationAge(raised, today)).toBe(age);
  });

  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [5, '5-14'],
    [14, '5-14'],
    [15, '15+'],
    [200, '15+'],
  ] as const)('%i working days is bucket %s', (age, bucket) => {
    expect(escalationAgeBucket(age)).toBe(bucket);
  });

  it('turns each bucket into a half-open range of raised days', () => {
    expect(escalationAgeRange('0-4', today)).toEqual({ raisedFrom: '2025-09-30' });
    expect(escalationAgeRange('5-14', today)).toEqual({ raisedFrom: '2025-09-17', raisedBefore: '2025-09-30' });
    expect(escalationAgeRange('15+', today)).toEqual({ raisedBefore: '2025-09-17' });
  });

  it('puts every raised day in exactly the bucket of its age', () => {
    const inRange = (day: string, bucket: EscalationAgeBucket) => {
      const r = escalationAgeRange(bucket, today);
      return (r.raisedFrom === undefined || day >= r.raisedFrom) && (r.raisedBefore === undefined || day < r.raisedBefore);
    };
    for (let t = Date.parse('2025-08-01T00:00:00Z'); t <= Date.parse('2025-10-13T00:00:00Z'); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const expected = escalationAgeBucket(escalationAge(day, today));
      expect(ESCALATION_AGE_BUCKETS.filter((b) => inRange(day, b))).toEqual([expected]);
    }
  });
});
