import { Controller, Get, Inject, Logger, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AUDIT_EXPORT_FORMATS, auditExportQuerySchema, auditQuerySchema, auditVerifyQuerySchema, workflowIdSchema } from '@duban/contracts';
import { AuditEventRepository, AuditVerificationRepository, type AuditVerification, type StoredEvent } from '@duban/persistence';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { RequestInvalid } from '../common/api-error';
import { Roles } from '../common/auth.guard';
import { parseInput } from '../common/parse-input';
import { EXPORT_CONTENT_TYPE, exportStream } from './audit-export';
import { WorkflowHistoryService, type WorkflowHistoryView } from './workflow-history.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  constructor(
    private readonly audit: AuditEventRepository,
    private readonly verification: AuditVerificationRepository,
    private readonly histories: WorkflowHistoryService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('events')
  @Roles('supervisor')
  @ApiOperation({ summary: "The audit trail: events by subject, type and time; one subject's events in order" })
  @ApiQuery({ name: 'subject', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'ISO-8601 instant' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO-8601 instant' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 100, maximum: 1000 } })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page' })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0, maximum: 1000 }, description: 'not with cursor' })
  @ApiQuery({ name: 'count', required: false, enum: ['true', 'false'], description: 'true adds total' })
  events(@Query() query: unknown): Promise<{ items: StoredEvent[]; nextCursor?: string; total?: number }> {
    return this.audit.find(parseInput(auditQuerySchema, query, 'query'));
  }

  @Get('events/export')
  @Roles('supervisor', 'admin')
  @ApiOperation({ summary: 'Every matching event with its chain fields, streamed as JSON Lines or CSV (RFC 4180)' })
  @ApiQuery({ name: 'format', required: false, enum: AUDIT_EXPORT_FORMATS, description: 'jsonl (default) or csv' })
  @ApiQuery({ name: 'subject', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'ISO-8601 instant' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO-8601 instant' })
  @ApiProduces(EXPORT_CONTENT_TYPE.jsonl, EXPORT_CONTENT_TYPE.csv)
  exportEvents(@Query() query: unknown): StreamableFile {
    const { format, ...filters } = parseInput(auditExportQuerySchema, query, 'query');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    // An export stopped early (the client went away) has released its store cursor by the time this logs.
    const onEnd = ({ events, complete }: { events: number; complete: boolean }) =>
      this.logger.log(complete ? `audit export complete: ${events} events` : `audit export stopped after ${events} events; its store cursor is closed`);
    return new StreamableFile(exportStream(format, this.audit.stream(filters, { maxTimeMS: this.config.AUDIT_EXPORT_MAX_TIME_MS }), onEnd), {
      type: EXPORT_CONTENT_TYPE[format],
      disposition: `attachment; filename="duban-audit-${stamp}.${format}"`,
    });
  }

  @Get('verify')
  @Roles('supervisor', 'admin')
  @ApiOperation({ summary: "Checks the audit log's hash chains; names every edited, deleted, inserted or reordered record" })
  @ApiQuery({ name: 'chain', required: false, description: 'one chain, topic/partition (e.g. duban.tasks.v1/0); all by default' })
  async verify(@Query() query: unknown): Promise<AuditVerification> {
    const { chain } = parseInput(auditVerifyQuerySchema, query, 'query');
    return this.verification.verify(chain);
  }

  @Get('workflows/:workflowId/history')
  @Roles('supervisor', 'admin')
  @ApiOperation({ summary: "Temporal's own history of a workflow, across continue-as-new runs, with who started, signalled or updated it" })
  @ApiParam({ name: 'workflowId', description: 'e.g. task/shenzhen-2009-98.T1.STIIC (URL-encode the slash)' })
  async workflowHistory(@Param('workflowId') workflowId: string): Promise<WorkflowHistoryView> {
    const id = workflowIdSchema.safeParse(workflowId);
    if (!id.success) throw RequestInvalid(id.error.issues.map((i) => ({ field: 'path.workflowId', rule: i.message })));
    return this.histories.history(id.data);
  }
}
