/**
 * The store's documents and repositories, one folder per feature (`<feature>/*.document.ts` for
 * the mongoose documents, `*.repository.ts` for reads and writes, `*-persistence.module.ts` for
 * Nest), and `store/` for what every feature shares.
 */

// The store itself: bounded queries, bulk writes in chunks, keyset and bucketed pages, list positions.
export * from './store/bounded-queries.plugin';
export * from './store/keyset';
export * from './store/list-sequence';
export * from './store/bucketed-page';

// The audit log and its hash chains.
export * from './audit/audit-event.document';
export * from './audit/audit-event.repository';
export * from './audit/audit-chain';
export * from './audit/audit-chain-key';
export * from './audit/audit-checkpoint-file';
export * from './audit/audit-chain-head.document';
export * from './audit/audit-verification.repository';
export * from './audit/audit-persistence.module';

// The task inbox and the 督查室 board (escalation cases).
export * from './tasks/task.document';
export * from './tasks/escalation.document';
export * from './tasks/task-projection';
export * from './tasks/task-projection.repository';
export * from './tasks/task-inbox.filters';
export * from './tasks/task-inbox.repository';
export * from './tasks/task-persistence.module';

// The enterprise list and its roll-ups.
export * from './enterprises/enterprise.document';
export * from './enterprises/enterprise-projection';
export * from './enterprises/enterprise-projection.repository';
export * from './enterprises/enterprise-list.filters';
export * from './enterprises/enterprise-list.repository';
export * from './enterprises/enterprise-rollup.document';
export * from './enterprises/enterprise-rollup.repository';
export * from './enterprises/enterprise-persistence.module';

// Each unit's notifications.
export * from './notifications/notification.document';
export * from './notifications/notification.repository';
export * from './notifications/notification-persistence.module';

// The live feed the API's server-sent events tail.
export * from './live/live-event.document';
export * from './live/live-event.repository';
export * from './live/live-persistence.module';
export * from './live/live-refs';

// Evidence files (佐证材料) in GridFS.
export * from './evidence/evidence-file.document';
export * from './evidence/evidence-file.store';
export * from './evidence/evidence-persistence.module';

// Industrial transfer parks.
export * from './parks/park.document';
export * from './parks/park.repository';
export * from './parks/park-persistence.module';

// The live scores of units and their events.
export * from './scores/score.document';
export * from './scores/score-event.repository';
export * from './scores/score-entry.repository';
export * from './scores/score-subject.repository';
export * from './scores/score.repository';
export * from './scores/score-query.repository';
export * from './scores/score-recompute.reader';
export * from './scores/score-persistence.module';

// Webhook subscriptions and deliveries.
export * from './webhooks/webhook-subscription.document';
export * from './webhooks/webhook-subscription.repository';
export * from './webhooks/webhook-delivery.document';
export * from './webhooks/webhook-attempt.document';
export * from './webhooks/webhook-delivery.repository';
export * from './webhooks/webhook-persistence.module';

// The web console's read models (issue 13): reads across the task, escalation and enterprise projections.
export * from './console/console-reads.repository';
export * from './console/console-persistence.module';

// Where a plan's evaluation index meets the enterprises waiting for it.
export * from './index-delivery/index-delivery.document';
export * from './index-delivery/index-delivery.repository';
export * from './index-delivery/index-delivery-persistence.module';
