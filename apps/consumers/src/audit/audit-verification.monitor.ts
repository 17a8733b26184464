import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AuditVerificationRepository } from '@duban/persistence';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';
import { consumersMetrics } from '../consumers-metrics';

/**
 * Verifies the audit chains in the background every AUDIT_VERIFY_INTERVAL_MS (the same check as
 * `GET /audit/verify`, including the checkpoints kept outside the store when the file is
 * configured) and publishes the outcome as `duban_audit_chain_verified` (1/0), the problem count
 * and the time it finished. Ours: a verification walks every record, so it runs on a timer, one at
 * a time, never on a scrape; each of its queries is bounded by the store's `maxTimeMS`, and a
 * run that fails keeps the previous outcome and counts in `…_verification_errors_total` (an
 * outage of the store is not a broken chain). 0 turns it off.
 */
@Injectable()
export class AuditVerificationMonitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditVerification');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly verification: AuditVerificationRepository,
    @Inject(CONSUMERS_CONFIG) private readonly config: ConsumersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.AUDIT_VERIFY_INTERVAL_MS === 0) return;
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.verifyOnce().finally(() => this.schedule(this.config.AUDIT_VERIFY_INTERVAL_MS));
    }, delayMs);
    this.timer.unref();
  }

  /** One verification; its outcome goes to the metrics (and a broken chain to the log, as an error). */
  async verifyOnce(): Promise<void> {
    const started = Date.now();
    try {
      const result = await this.verification.verify();
      consumersMetrics.auditVerified.set(result.ok ? 1 : 0);
      consumersMetrics.auditProblems.set(result.problems.length);
      consumersMetrics.auditVerifiedAt.set(Date.now() / 1000);
      if (!result.ok) this.logger.error(`audit chains verified with ${result.problems.length} problem(s), first: ${JSON.stringify(result.problems[0])}`);
      else this.logger.debug(`audit chains verified: ${result.chains.length} chain(s) in ${Date.now() - started} ms`);
    } catch (e) {
      consumersMetrics.auditVerificationFailures.inc();
      this.logger.warn(`audit verification did not finish: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
