import { toShanghaiDate } from '@duban/domain';

/**
 * Plan time: workflow time plus a fixed offset. The offset is 0 in production; a simulation of
 * a historical plan under time skipping sets it so the plan runs on its real dates (the test
 * server's clock starts at today and only moves forward).
 */
export class PlanClock {
  constructor(private readonly offsetMs = 0) {}

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }

  /** Today's date in plan time, Asia/Shanghai (`YYYY-MM-DD`). */
  today(): string {
    return toShanghaiDate(this.nowIso());
  }

  /** Milliseconds of workflow time until the plan-time instant `iso` (never negative). */
  msUntil(iso: string): number {
    return Math.max(0, Date.parse(iso) - this.nowMs());
  }
}
