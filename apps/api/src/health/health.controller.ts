import { Controller, Inject, Logger, Res, type OnModuleDestroy } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { FastifyReply } from 'fastify';
import type { Admin } from 'kafkajs';
import type { Connection } from 'mongoose';
import { SYSTEM_OPERATIONS as OP, type DependencyState, type Health, type Liveness, type Readiness } from '@duban/contracts';
import { kafkaConnectionOptions } from '@duban/config';
import { createKafka } from '@duban/kafka';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Operation } from '../common/operation.decorator';
import { TemporalClient } from '../temporal/temporal.provider';

const logger = new Logger('HealthController');

/** What a probe that did not answer in time rejects with. */
class ProbeTimeout extends Error {}

/**
 * One probe, bounded by `timeoutMs` (HEALTH_CHECK_TIMEOUT_MS, default 1 s) so `/health` stays fast
 * while a dependency hangs; the probe itself may go on in the background, bounded by its driver.
 * `/health` is public: a failure is answered as "unreachable" or "no answer within N ms" only,
 * never with the driver's message (which names hosts, ports and versions); that goes to the log.
 */
async function check(name: string, timeoutMs: number, probe: () => Promise<unknown>): Promise<DependencyState> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, rejectTimeout) => {
        timer = setTimeout(() => rejectTimeout(new ProbeTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (e) {
    if (e instanceof ProbeTimeout) return { status: 'down', error: e.message };
    logger.warn(`health: ${name} is down: ${e instanceof Error ? e.message : String(e)}`);
    return { status: 'down', error: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

@Controller()
export class HealthController implements OnModuleDestroy {
  private readonly kafkaAdmin: Admin;
  private readonly timeoutMs: number;
  private readonly retryAfterSeconds: number;

  constructor(
    private readonly temporal: TemporalClient,
    @InjectConnection() private readonly mongo: Connection,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.timeoutMs = config.HEALTH_CHECK_TIMEOUT_MS;
    this.retryAfterSeconds = config.RETRY_AFTER_SECONDS;
    this.kafkaAdmin = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'duban-api-health', ...kafkaConnectionOptions(config) }).admin();
  }

  async onModuleDestroy(): Promise<void> {
    await this.kafkaAdmin.disconnect();
  }

  /**
   * Liveness: answers while the process serves HTTP, calling nothing (a dependency's outage must
   * not make an orchestrator restart a healthy API), and exempt from the rate limits.
   */
  @Operation(OP.checkLiveness)
  live(): Liveness {
    return { status: 'up' };
  }

  /**
   * Readiness: 503 with Retry-After while any dependency is down or slow, so a balancer sends no
   * traffic here. Public, so only up/down per dependency: no latency, no reason (those go to the
   * API log, and to `/health`, kept as it was for existing monitors).
   */
  @Operation(OP.checkReadiness)
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const dependencies = await this.probe();
    const ok = this.answer(reply, dependencies);
    const upDown = (d: DependencyState) => d.status;
    return { status: ok ? 'ready' : 'not-ready', dependencies: { temporal: upDown(dependencies.temporal), kafka: upDown(dependencies.kafka), store: upDown(dependencies.store) } };
  }

  @Operation(OP.checkHealth)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const dependencies = await this.probe();
    return { status: this.answer(reply, dependencies) ? 'ok' : 'degraded', dependencies };
  }

  /** Probes every dependency at once, each within HEALTH_CHECK_TIMEOUT_MS. */
  private async probe(): Promise<Health['dependencies']> {
    const t = this.timeoutMs;
    const [temporal, kafka, store] = await Promise.all([
      // The gRPC deadline ends the call itself (not only our wait for it) once the check gives up.
      check('temporal', t, () => this.temporal.client.connection.withDeadline(Date.now() + t, () => this.temporal.client.workflowService.describeNamespace({ namespace: this.temporal.namespace }))),
      check('kafka', t, async () => {
        await this.kafkaAdmin.connect();
        await this.kafkaAdmin.describeCluster();
      }),
      check('store', t, async () => {
        const db = this.mongo.db;
        if (!db) throw new Error('not connected');
        await db.admin().ping();
      }),
    ]);
    return { temporal, kafka, store };
  }

  /** Sets the status (503 + Retry-After when a dependency is down) and says whether all are up. */
  private answer(reply: FastifyReply, dependencies: Health['dependencies']): boolean {
    const ok = Object.values(dependencies).every((d) => d.status === 'up');
    void reply.status(ok ? 200 : 503);
    // Like every other 503 of the API: when to ask again (RETRY_AFTER_SECONDS).
    if (!ok) void reply.header('retry-after', String(this.retryAfterSeconds));
    return ok;
  }
}
