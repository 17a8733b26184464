import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Payload } from '@temporalio/common';
import { BUILT_IN_UNITS, KnownUnits } from '@duban/auth';
import { PLAN_WORKFLOW_TYPE, templateUnitName, type PlanWorkflowInput } from '@duban/contracts';
import type { UnitDefinition } from '@duban/domain';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { TemporalClient } from '../temporal/temporal.provider';

/**
 * The units a token may name: the built-in templates' (offices included), every plan this
 * process loads ({@link add}, at once), and every plan loaded elsewhere on this installation's
 * task queue (another API instance, or before a restart), found in Temporal when a token names a
 * unit not yet known: the plan workflows are listed (one visibility call) and the start input of
 * each not seen before is read (the first event of its history) for its `units`. Plans are few
 * and never forgotten, so after the first miss per plan every check is a `Set` lookup. Each
 * Temporal call carries the TEMPORAL_RPC_TIMEOUT_MS deadline (guards run before the request
 * budget's interceptor, which would set one); Temporal down makes such a check fail as a 503.
 * The names of the units so learnt are kept too ({@link nameOf}), for `GET /me`.
 */
@Injectable()
export class KnownUnitsRegistry {
  private readonly logger = new Logger(KnownUnitsRegistry.name);
  readonly units: KnownUnits;
  /** Plan workflows already read (`workflowId/runId`). */
  private readonly read = new Set<string>();
  /** Chinese names of the units of plans loaded at run time (the templates' are in contracts). */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly temporal: TemporalClient,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.units = new KnownUnits(BUILT_IN_UNITS, () => this.planUnits(), config.KNOWN_UNITS_REFRESH_MS);
  }

  /** Units of a plan this process has just loaded: known before any lookup could find them. */
  add(units: readonly UnitDefinition[]): void {
    this.remember(units);
    this.units.add(units.map((u) => u.code));
  }

  /** The name a loaded plan gives `unit`, the seed templates' name, or undefined. */
  nameOf(unit: string): string | undefined {
    return this.names.get(unit) ?? templateUnitName(unit);
  }

  private remember(units: readonly Partial<UnitDefinition>[]): void {
    for (const u of units) if (typeof u.code === 'string' && typeof u.name === 'string') this.names.set(u.code, u.name);
  }

  private async planUnits(): Promise<string[]> {
    const { client } = this.temporal;
    const deadline = Date.now() + this.config.TEMPORAL_RPC_TIMEOUT_MS;
    return client.connection.withDeadline(deadline, async () => {
      const found: string[] = [];
      // The task queue is this installation's: another one sharing the namespace (the e2e tests', the simulation's) loads its own plans.
      const query = `WorkflowType = '${PLAN_WORKFLOW_TYPE}' AND TaskQueue = '${this.temporal.taskQueue.replace(/'/g, "\\'")}'`;
      for await (const plan of client.workflow.list({ query })) {
        const key = `${plan.workflowId}/${plan.runId}`;
        if (this.read.has(key)) continue;
        const { history } = await client.workflowService.getWorkflowExecutionHistory({
          namespace: this.temporal.namespace,
          execution: { workflowId: plan.workflowId, runId: plan.runId },
          maximumPageSize: 1,
        });
        const payloads = history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads;
        const input = payloads?.[0] ? await this.decode(payloads[0]) : undefined;
        this.remember(input?.plan?.units ?? []);
        const units = input?.plan?.units?.map((u) => u.code).filter((c): c is string => typeof c === 'string') ?? [];
        if (units.length === 0) this.logger.warn(`plan workflow ${plan.workflowId} has no units in its start input`);
        found.push(...units);
        this.read.add(key);
      }
      return found;
    });
  }

  private async decode(payload: Payload): Promise<Partial<PlanWorkflowInput> | undefined> {
    const { payloadCodecs, payloadConverter } = this.temporal.client.options.loadedDataConverter;
    let decoded = [payload];
    for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
    const value: unknown = decoded[0] ? payloadConverter.fromPayload(decoded[0]) : undefined;
    return typeof value === 'object' && value !== null ? (value as Partial<PlanWorkflowInput>) : undefined;
  }
}
