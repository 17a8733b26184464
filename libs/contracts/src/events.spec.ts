import { EVENT_CATALOG, dubanEventSchema } from './event-catalog';
import { EVENT_DATA_SCHEMAS, EVENT_TYPES, EventType, eventSource, sequenceOf, type DubanEvent } from './events';
import { SEQUENCE_DIGITS, formatSequence, parseSequence } from './event-sequence';

const envelope = (sequence: unknown): Record<string, unknown> => ({
  specversion: '1.0',
  id: 'e-1',
  source: eventSource('planWorkflow'),
  type: EventType.PlanCompleted,
  subject: 'shenzhen-2009-98',
  time: '2012-12-31T15:59:59.999Z',
  datacontenttype: 'application/json',
  sequence,
  data: { planId: 'shenzhen-2009-98' },
});

describe('the CloudEvents sequence attribute', () => {
  it('is written as a zero-padded 20-digit decimal string', () => {
    expect(formatSequence(1)).toBe('00000000000000000001');
    expect(formatSequence(Number.MAX_SAFE_INTEGER)).toBe('00009007199254740991');
    expect(formatSequence(42)).toHaveLength(SEQUENCE_DIGITS);
  });

  it('refuses what is not a counter from 1 to MAX_SAFE_INTEGER', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => formatSequence(bad)).toThrow(RangeError);
    }
  });

  it('sorts as strings exactly as the counters sort as numbers', () => {
    // Around every change of digit count, where an unpadded string would sort wrongly ("10" < "9").
    const counters = [1, 2, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, 65_536, 1e6, 2 ** 31, 2 ** 32 + 1, 1e15, Number.MAX_SAFE_INTEGER];
    // A fixed scramble of them, sorted by the default (UTF-16 code unit) string order.
    const scrambled = counters.map((_, i) => counters[(i * 7) % counters.length] as number);
    expect(new Set(scrambled).size).toBe(counters.length);
    const lexical = scrambled.map(formatSequence).sort();
    expect(lexical).toEqual(counters.map(formatSequence));
    expect(lexical.map(parseSequence)).toEqual(counters);
    for (let i = 1; i < counters.length; i++) {
      const a = formatSequence(counters[i - 1] as number);
      const b = formatSequence(counters[i] as number);
      expect(a < b).toBe(true);
    }
  });

  it('reads both forms: the padded string, and the integer of producers before issue 10', () => {
    expect(parseSequence('00000000000000000007')).toBe(7);
    expect(parseSequence(7)).toBe(7);
    expect(parseSequence('7')).toBe(7);
    for (const bad of ['', '0', '00000000000000000000', '-1', '+1', '1.0', ' 1', '1e3', '0x10', '123456789012345678901', '99999999999999999999', 0, 2.5, -3]) {
      expect(() => parseSequence(bad)).toThrow(RangeError);
    }
  });
});

describe('dubanEventSchema', () => {
  it('reads an old envelope with an integer sequence, and gives the padded string', () => {
    const parsed = dubanEventSchema.parse(envelope(12));
    expect(parsed.sequence).toBe('00000000000000000012');
    expect(sequenceOf(parsed)).toBe(12);
  });

  it('reads a new envelope with the padded string unchanged, and an unpadded string padded', () => {
    expect(dubanEventSchema.parse(envelope('00000000000000000012')).sequence).toBe('00000000000000000012');
    expect(dubanEventSchema.parse(envelope('12')).sequence).toBe('00000000000000000012');
  });

  it('refuses a sequence that is not a positive counter, naming the field', () => {
    for (const bad of [0, -1, 1.5, '0', 'abc', '', null, true, '123456789012345678901']) {
      const result = dubanEventSchema.safeParse(envelope(bad));
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toContain('sequence');
    }
    const missing = envelope(1);
    delete missing['sequence'];
    expect(dubanEventSchema.safeParse(missing).success).toBe(false);
  });

  it('writes what it reads: a parsed envelope serialises with the string form and parses to itself', () => {
    const parsed: DubanEvent = dubanEventSchema.parse(envelope(3)) as DubanEvent;
    const wire = JSON.parse(JSON.stringify(parsed)) as Record<string, unknown>;
    expect(wire['sequence']).toBe('00000000000000000003');
    expect(dubanEventSchema.parse(wire)).toEqual(parsed);
  });
});

describe('event types, defined once in the domain', () => {
  it('the catalogue has exactly the domain’s names, each with the domain’s data schema', () => {
    expect(Object.keys(EVENT_CATALOG).sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of EVENT_TYPES) expect(EVENT_CATALOG[type].data).toBe(EVENT_DATA_SCHEMAS[type]);
  });
});
