import { Controller, Param, Req, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EVIDENCE_OPERATIONS as OP, type EvidenceFile } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { RequestBudget } from '../common/request-budget';
import { EVIDENCE_UPLOAD_BUDGET_MS, EvidenceService } from './evidence.service';

@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** An upload is as long as the uploader's connection: its own budget, the upload's own deadline inside it. */
  @Operation(OP.uploadEvidence)
  @RequestBudget(EVIDENCE_UPLOAD_BUDGET_MS)
  upload(@Param('taskId') taskId: string, @Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal): Promise<EvidenceFile> {
    return this.evidence.upload(taskId, request, principal);
  }

  @Operation(OP.listEvidence)
  list(@Param('taskId') taskId: string, @CurrentPrincipal() principal: Principal): Promise<{ items: EvidenceFile[] }> {
    return this.evidence.list(taskId, principal);
  }

  @Operation(OP.downloadEvidence)
  download(
    @Param('taskId') taskId: string,
    @Param('fileId') fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return this.evidence.download(taskId, fileId, principal, reply);
  }
}
