/**
 * What the simulation does next, in plan-time order: items at the same instant run in the order
 * they were added, so a script's "submit, then accept" at one minute stays in that order.
 */
export interface AgendaItem {
  /** Plan-time instant, epoch milliseconds. */
  at: number;
  label: string;
  run: () => Promise<void>;
}

export class Agenda {
  private readonly items: (AgendaItem & { seq: number })[] = [];
  private seq = 0;

  add(atIso: string, label: string, run: () => Promise<void>): void {
    const at = Date.parse(atIso);
    if (Number.isNaN(at)) throw new RangeError(`agenda item ${label} has no valid time: ${atIso}`);
    const item = { at, label, run, seq: this.seq++ };
    // Binary search for the first item strictly later than (at, seq): stable for equal instants.
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.items[mid] as AgendaItem & { seq: number };
      if (other.at <= at) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, item);
  }

  /** The earliest item, removed; `undefined` when nothing is left. */
  next(): AgendaItem | undefined {
    return this.items.shift();
  }

  /** The instant of the earliest item, without removing it. */
  peekAt(): number | undefined {
    return this.items[0]?.at;
  }

  get size(): number {
    return this.items.length;
  }
}
