export * from './plan';
export * from './calendar';
export * from './escalation';
