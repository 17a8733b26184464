// The API's OpenAPI document: every feature's operations in one list, apart from the main entry
// point so that code which never builds the document (workflow bundles above all) does not carry
// the generator.
export { buildOpenApiDocument, PROBLEM_MEDIA_TYPE, type OpenApiInfo } from './http/openapi';
import { ASSESSMENT_OPERATIONS } from './assessment/assessment.http';
import { AUDIT_OPERATIONS } from './audit/audit.http';
import { CALENDAR_OPERATIONS } from './calendar/calendar.http';
import { CONSOLE_OPERATIONS } from './console/console.http';
import { BRIEF_OPERATIONS } from './briefs/briefs.http';
import { ENTERPRISE_OPERATIONS } from './enterprises/enterprises.http';
import { EVIDENCE_OPERATIONS } from './evidence/evidence.http';
import { PARK_OPERATIONS } from './parks/parks.http';
import { NOTIFICATION_OPERATIONS } from './notifications/notifications.http';
import { PLAN_OPERATIONS } from './plans/plans.http';
import { SCORE_OPERATIONS } from './scores/scores.http';
import { SYSTEM_OPERATIONS } from './system/system.http';
import { ESCALATION_OPERATIONS } from './escalations/escalations.http';
import { TASK_OPERATIONS } from './tasks/tasks.http';
import { WEBHOOK_OPERATIONS } from './webhooks/webhooks.http';
import { LIVE_OPERATIONS } from './live/live.http';
import { DEV_OPERATIONS } from './dev/dev.http';
import { buildOpenApiDocument } from './http/openapi';
import type { HttpOperation } from './http/operation';

/** Every operation of the HTTP API, feature by feature. */
export const API_OPERATIONS: readonly HttpOperation[] = [
  SYSTEM_OPERATIONS,
  PLAN_OPERATIONS,
  TASK_OPERATIONS,
  EVIDENCE_OPERATIONS,
  ESCALATION_OPERATIONS,
  BRIEF_OPERATIONS,
  ENTERPRISE_OPERATIONS,
  PARK_OPERATIONS,
  CALENDAR_OPERATIONS,
  NOTIFICATION_OPERATIONS,
  SCORE_OPERATIONS,
  ASSESSMENT_OPERATIONS,
  AUDIT_OPERATIONS,
  WEBHOOK_OPERATIONS,
  CONSOLE_OPERATIONS,
  LIVE_OPERATIONS,
  DEV_OPERATIONS,
].flatMap((ops): HttpOperation[] => Object.values(ops));

/** `/docs/openapi.json`. */
export const apiDocument = () =>
  buildOpenApiDocument(API_OPERATIONS, {
    title: 'Duban 督办 API',
    version: '1',
    description:
      'Supervision of government action plans. Every error is an RFC 9457 problem details body (`application/problem+json`) with a stable `code`; each operation lists the codes it can answer. A dependency that is down or slow is a 503 with `Retry-After`.',
  });
