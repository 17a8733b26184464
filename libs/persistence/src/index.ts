export * from './audit-event.schema';
export * from './audit-event.repository';
export * from './persistence.module';
