export * from './plan-definition';
export * from './task-assignment';
export * from './rebase';
export * from './targets';
export * from './targets.schema';
export * from './templates/shenzhen-2009-98.plan';
