/**
 * Scoring as an application service (issue 10): the live scores kept from the event log over the
 * score repositories of `@duban/persistence`, the `duban.score.updated.v1` events it announces,
 * and the recompute from the audit log. The rules themselves are the domain's (`libs/domain/src/scoring`).
 */
export * from './score-updated.event';
export * from './scoring.service';
export * from './scoring.module';
export * from './score-recompute';
export * from './assessment.service';
export * from './assessment.module';
