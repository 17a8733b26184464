import { FeedTail, maySee, type FeedEntry, type FeedSource } from './feed-tail';

const entry = (seq: number, over: Partial<FeedEntry> = {}): FeedEntry => ({ seq, kind: 'task', type: 'duban.task.progress-reported.v1', subject: `p.T4.FUTIAN`, unit: 'FUTIAN', units: ['FUTIAN'], overseers: true, recordedAt: new Date(0), ...over });

/** An in-memory feed: entries by bucket of 4, and a high-water mark the test moves. */
class MemoryFeed implements FeedSource {
  readonly entries = new Map<number, FeedEntry>();
  mark = 0;
  reads = 0;
  add(...seqs: number[]): void {
    for (const s of seqs) this.entries.set(s, entry(s));
    this.mark = Math.max(this.mark, ...seqs);
  }
  async highWaterMark(): Promise<number> {
    return this.mark;
  }
  async bucket(b: number): Promise<FeedEntry[]> {
    this.reads++;
    return [...this.entries.values()].filter((e) => Math.floor(e.seq / 4) === b);
  }
}

const seqs = (entries: FeedEntry[]) => entries.map((e) => e.seq);

describe('FeedTail', () => {
  it('starts at the end and returns each later entry once, in order', async () => {
    const feed = new MemoryFeed();
    feed.add(1, 2, 3);
    const tail = new FeedTail(feed, { bucketSize: 4, slack: 4 }, 1000);
    expect(await tail.start()).toBe(3);
    expect(seqs(await tail.poll(0))).toEqual([]);
    feed.add(5, 4, 6);
    expect(seqs(await tail.poll(0))).toEqual([4, 5, 6]);
    expect(seqs(await tail.poll(0))).toEqual([]);
  });

  it('starts past entries written beyond a lagging high-water mark', async () => {
    const feed = new MemoryFeed();
    feed.add(1, 2, 3, 4, 5);
    feed.mark = 3;
    const tail = new FeedTail(feed, { bucketSize: 4, slack: 4 }, 1000);
    expect(await tail.start()).toBe(5);
  });

  it('waits for a missing position, then passes over it after the gap wait', async () => {
    const feed = new MemoryFeed();
    const tail = new FeedTail(feed, { bucketSize: 4, slack: 4 }, 1000);
    await tail.start();
    feed.add(1, 3);
    expect(seqs(await tail.poll(0))).toEqual([1]);
    expect(seqs(await tail.poll(500))).toEqual([]);
    feed.add(2);
    expect(seqs(await tail.poll(600))).toEqual([2, 3]);
    feed.add(5);
    expect(seqs(await tail.poll(700))).toEqual([]);
    expect(seqs(await tail.poll(1699))).toEqual([]);
    expect(seqs(await tail.poll(1700))).toEqual([5]);
  });

  it('reads a bounded batch per poll however far behind it is', async () => {
    const feed = new MemoryFeed();
    const tail = new FeedTail(feed, { bucketSize: 4, slack: 4 }, 0);
    await tail.start();
    feed.add(...Array.from({ length: 40 }, (_, i) => i + 1));
    feed.reads = 0;
    expect(seqs(await tail.poll(0))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(feed.reads).toBe(4);
  });

  it('replays the entries between two positions', async () => {
    const feed = new MemoryFeed();
    feed.add(1, 2, 3, 4, 5, 6, 7, 8, 9);
    const tail = new FeedTail(feed, { bucketSize: 4, slack: 4 }, 0);
    expect(seqs(await tail.replay(2, 7))).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('maySee', () => {
  it('shows officials their units’ entries and overseers every entry open to them', () => {
    const task = { units: ['PLAN', 'STIIC'], overseers: true };
    const note = { units: ['FUTIAN'], overseers: false };
    expect(maySee({ unit: 'STIIC', roles: ['official'] }, task)).toBe(true);
    expect(maySee({ unit: 'LUOHU', roles: ['official'] }, task)).toBe(false);
    expect(maySee({ unit: 'DUCHA', roles: ['supervisor'] }, task)).toBe(true);
    expect(maySee({ unit: 'PERF', roles: ['performance'] }, task)).toBe(true);
    expect(maySee({ unit: 'DUCHA', roles: ['supervisor'] }, note)).toBe(false);
    expect(maySee({ unit: 'FUTIAN', roles: ['official'] }, note)).toBe(true);
  });
});
