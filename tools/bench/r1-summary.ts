import { check, type TargetCheck } from './report';
import { fmt, fmtSpread, spread, type Spread } from './stats';

/** Which side of R1 a block ran: Duban over HTTP, or the bare-Temporal baseline through a client. */
export type R1Kind = 'system' | 'baseline';

/** One block of R1: `concurrency` drivers each running cases back to back until the block's time was up, then every case started finished. */
export interface R1Block {
  kind: R1Kind;
  concurrency: number;
  round: number;
  /** Cases whose workflow completed. */
  cases: number;
  /** Cases that threw (an HTTP status not expected, an update refused, a deadline passed). */
  failed: number;
  /** From the block's start until its last case finished, s (so cases started near the end are counted with their whole time: see {@link perSecond}). */
  elapsedS: number;
  /** The completed cases' history events (`describe().historyLength`), summed. */
  historyEvents: number;
  /** Requests sent again after a 503 or a step not open yet (system only). */
  retries: number;
}

/**
 * Cases (or events) per second of a block: completed ÷ time until the last one finished. Drivers
 * stop starting cases when the block's time is up and the block waits for those in flight, so the
 * ramp-up at the start and the drain at the end cancel out in steady state (Little's law: the C
 * cases still in flight at the end are the C that were missing at the start). `NaN` for no time.
 */
export function perSecond(count: number, elapsedS: number): number {
  return elapsedS > 0 ? count / elapsedS : Number.NaN;
}

/** R1's figures at one concurrency, over every round. */
export interface R1Summary {
  concurrency: number;
  system: { casesPerS: Spread; eventsPerS: Spread; eventsPerCase: number; failed: number; retries: number };
  baseline: { casesPerS: Spread; eventsPerS: Spread; eventsPerCase: number; failed: number };
  /** system ÷ baseline cases/s, taken within each round (both blocks of a round ran back to back). */
  ratio: Spread;
  /** system ÷ baseline history events/s, within each round. */
  eventsRatio: Spread;
}

const side = (blocks: readonly R1Block[]) => {
  const cases = blocks.reduce((n, b) => n + b.cases, 0);
  return {
    casesPerS: spread(blocks.map((b) => perSecond(b.cases, b.elapsedS)).filter(Number.isFinite)),
    eventsPerS: spread(blocks.map((b) => perSecond(b.historyEvents, b.elapsedS)).filter(Number.isFinite)),
    eventsPerCase: cases > 0 ? blocks.reduce((n, b) => n + b.historyEvents, 0) / cases : Number.NaN,
    failed: blocks.reduce((n, b) => n + b.failed, 0),
    retries: blocks.reduce((n, b) => n + b.retries, 0),
  };
};

/** Summaries per concurrency (ascending); a round missing either side gives no ratio for that round. */
export function summarizeR1(blocks: readonly R1Block[]): R1Summary[] {
  const concurrencies = [...new Set(blocks.map((b) => b.concurrency))].sort((a, b) => a - b);
  return concurrencies.map((concurrency) => {
    const mine = blocks.filter((b) => b.concurrency === concurrency);
    const sys = mine.filter((b) => b.kind === 'system');
    const base = mine.filter((b) => b.kind === 'baseline');
    const ratios: number[] = [];
    const eventRatios: number[] = [];
    for (const s of sys) {
      const b = base.find((x) => x.round === s.round);
      if (!b) continue;
      const r = perSecond(s.cases, s.elapsedS) / perSecond(b.cases, b.elapsedS);
      const e = perSecond(s.historyEvents, s.elapsedS) / perSecond(b.historyEvents, b.elapsedS);
      if (Number.isFinite(r)) ratios.push(r);
      if (Number.isFinite(e)) eventRatios.push(e);
    }
    const { retries: _retries, ...baseline } = side(base);
    return { concurrency, system: side(sys), baseline, ratio: spread(ratios), eventsRatio: spread(eventRatios) };
  });
}

export const R1_HEADER = ['concurrency', 'system cases/s', 'baseline cases/s', 'ratio (min–max)', 'system events/s', 'baseline events/s', 'events/case sys / base', 'failed sys / base', 'retries'];

/** One table row per concurrency: medians with (min–max) over the rounds. */
export function r1Rows(summaries: readonly R1Summary[]): string[][] {
  return summaries.map((s) => [
    String(s.concurrency),
    fmtSpread(s.system.casesPerS),
    fmtSpread(s.baseline.casesPerS),
    fmtSpread(s.ratio),
    fmtSpread(s.system.eventsPerS),
    fmtSpread(s.baseline.eventsPerS),
    `${fmt(s.system.eventsPerCase)} / ${fmt(s.baseline.eventsPerCase)}`,
    `${s.system.failed} / ${s.baseline.failed}`,
    String(s.system.retries),
  ]);
}

/** The R1 target per concurrency (system ÷ baseline cases/s ≥ `atLeast`), plus one MISS per side that had failed cases. */
export function r1Checks(summaries: readonly R1Summary[], atLeast: number): TargetCheck[] {
  return summaries.flatMap((s) => [
    check(`R1 cases/s system ÷ baseline at concurrency ${s.concurrency}`, s.ratio.median, atLeast, 'atLeast'),
    ...(s.system.failed + s.baseline.failed > 0 ? [{ target: `R1 every case at concurrency ${s.concurrency} completed`, measured: `${s.system.failed} system, ${s.baseline.failed} baseline failed`, pass: false }] : []),
  ]);
}
