import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SYSTEM_OPERATIONS as OP } from '@duban/contracts';
import { PROMETHEUS_CONTENT_TYPE } from '@duban/observability';
import { Operation } from '../common/operation.decorator';
import { ApiMetrics } from './http-metrics';

@Controller()
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  /** The registry's text as bytes (the operation is a download, not JSON); the route itself is counted too. */
  @Operation(OP.getMetrics)
  async metricsText(@Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const text = await this.metrics.registry.metrics();
    void reply.header('content-type', PROMETHEUS_CONTENT_TYPE).header('cache-control', 'no-store');
    return Buffer.from(text, 'utf8');
  }
}
