export * from './escalation-age';
