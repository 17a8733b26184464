import { Controller, Inject, Logger, Param, Query, StreamableFile } from '@nestjs/common';
import {
  AUDIT_OPERATIONS as OP,
  auditExportQuerySchema,
  auditQuerySchema,
  auditVerifyQuerySchema,
  sameShape,
  workflowIdSchema,
  type AuditEventPage,
  type AuditTrailEvent,
  type AuditVerificationView,
  type WorkflowHistoryView,
} from '@duban/contracts';
import { AuditEventRepository, AuditVerificationRepository, type AuditVerification, type StoredEvent } from '@duban/persistence';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { RequestInvalid } from '../common/api-error';
import { Operation } from '../common/operation.decorator';
import { parseInput } from '../common/parse-input';
import { EXPORT_CONTENT_TYPE, exportStream } from './audit-export';
import { WorkflowHistoryService } from './workflow-history.service';

// The store's types live in persistence, which contracts may not import: the documented answers
// must stay exactly their shapes. An event's `data` is typed per event type in the store and
// documented as an object (the catalogue holds each type's schema); @Operation checks it fits.
sameShape<Omit<StoredEvent, 'data'>, Omit<AuditTrailEvent, 'data'>>(true);
sameShape<AuditVerification, AuditVerificationView>(true);

@Controller()
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  constructor(
    private readonly audit: AuditEventRepository,
    private readonly verification: AuditVerificationRepository,
    private readonly histories: WorkflowHistoryService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Operation(OP.listAuditEvents)
  events(@Query() query: unknown): Promise<AuditEventPage> {
    return this.audit.find(parseInput(auditQuerySchema, query, 'query'));
  }

  @Operation(OP.exportAuditEvents)
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

  @Operation(OP.verifyAuditLog)
  async verify(@Query() query: unknown): Promise<AuditVerification> {
    const { chain } = parseInput(auditVerifyQuerySchema, query, 'query');
    return this.verification.verify(chain);
  }

  @Operation(OP.getWorkflowHistory)
  async workflowHistory(@Param('workflowId') workflowId: string): Promise<WorkflowHistoryView> {
    const id = workflowIdSchema.safeParse(workflowId);
    if (!id.success) throw RequestInvalid(id.error.issues.map((i) => ({ field: 'path.workflowId', rule: i.message })));
    return this.histories.history(id.data);
  }
}
