export * from './plan';
export * from './calendar';
export * from './escalation';
export * from './lifecycle';
export * from './enterprise';
