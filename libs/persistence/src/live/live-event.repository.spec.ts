import { LIST_BUCKET_SIZE } from '../store/list-sequence';
import { LIVE_RETAINED_POSITIONS, livePruneBefore } from './live-event.repository';

describe('livePruneBefore', () => {
  it('prunes once per bucket of appends, only what lies wholly past the retention', () => {
    expect(livePruneBefore(LIST_BUCKET_SIZE * 10 + 1, 64)).toBeUndefined();
    // Position 320 opens bucket 10; 320 - 64 = 256 is bucket 8: buckets 0–7 go, 8 and 9 stay (64 positions and more).
    expect(livePruneBefore(LIST_BUCKET_SIZE * 10, 64)).toBe(8);
    // Nothing to prune while the feed is younger than the retention.
    expect(livePruneBefore(LIST_BUCKET_SIZE, 64)).toBeUndefined();
    expect(livePruneBefore(LIVE_RETAINED_POSITIONS)).toBeUndefined();
    expect(livePruneBefore(LIVE_RETAINED_POSITIONS + 2 * LIST_BUCKET_SIZE)).toBe(2);
  });

  it('keeps at least twice the furthest resume an API allows', () => {
    expect(LIVE_RETAINED_POSITIONS).toBeGreaterThanOrEqual(2 * 10_000);
  });
});
