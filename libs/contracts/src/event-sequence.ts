/**
 * The CloudEvents `sequence` extension attribute as Duban writes it: a per-subject counter (1, 2,
 * 3… in the order the owner decided the events) as a decimal string, zero-padded to
 * {@link SEQUENCE_DIGITS} digits, so that comparing two values as strings (what the extension
 * specifies: "lexicographically ordered") gives the same order as comparing the counters.
 *
 * Why 20 digits: 20 is the width of the largest unsigned 64-bit integer (18446744073709551615),
 * so the width never has to grow whatever counter a producer in any language keeps. Our counters
 * are JavaScript numbers, exact up to `Number.MAX_SAFE_INTEGER` (2^53 − 1, 16 digits); a subject
 * that emitted a million events a second would take 285 years to reach it, so within one
 * subject's lifetime the padded form can neither overflow nor lose precision.
 *
 * Until 2026-12 (issue 10) `sequence` was a JSON integer. Kafka topics and stored records written
 * before that still hold integers, so every reader accepts both forms ({@link parseSequence},
 * {@link sequenceSchema}); every writer writes the string ({@link formatSequence}).
 */
export const SEQUENCE_DIGITS = 20;

/** A `sequence` value on the wire: {@link SEQUENCE_DIGITS} decimal digits, e.g. `"00000000000000000003"`. */
export type EventSequence = string;

const DIGITS = /^[0-9]{1,20}$/;

/**
 * The wire form of counter `n`: `formatSequence(3) === '00000000000000000003'`.
 * @throws RangeError unless `n` is an integer from 1 to `Number.MAX_SAFE_INTEGER`.
 */
export function formatSequence(n: number): EventSequence {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`a CloudEvents sequence is an integer from 1 to ${Number.MAX_SAFE_INTEGER}, not ${n}`);
  return String(n).padStart(SEQUENCE_DIGITS, '0');
}

/**
 * The counter of a `sequence` value, in either form a reader meets: the zero-padded string
 * (written since 2026-12; any padding of at most 20 digits is read) or a JSON integer (written
 * before). Stores keep this number, so their guards (`lastEventSequence < n`) and sorts compare
 * numerically across records of both eras.
 * @throws RangeError for anything else, including 0 and values above `Number.MAX_SAFE_INTEGER`
 *   (they could not be compared exactly).
 */
export function parseSequence(value: string | number): number {
  const n = typeof value === 'number' ? value : DIGITS.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a CloudEvents sequence: ${JSON.stringify(value)}`);
  return n;
}
