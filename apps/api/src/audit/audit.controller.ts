import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { auditQuerySchema } from '@duban/contracts';
import { AuditEventRepository, type StoredEvent } from '@duban/persistence';
import { Roles } from '../common/auth.guard';
import { parseInput } from '../common/parse-input';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditEventRepository) {}

  @Get('events')
  @Roles('supervisor')
  @ApiOperation({ summary: "The audit trail: events by subject, type and time; one subject's events in order" })
  @ApiQuery({ name: 'subject', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'ISO-8601 instant' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO-8601 instant' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 100, maximum: 1000 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0 } })
  async events(@Query() query: unknown): Promise<{ items: StoredEvent[] }> {
    const filters = parseInput(auditQuerySchema, query, 'query');
    return { items: await this.audit.find(filters) };
  }
}
