export * from './events';
export * from './ids';
export * from './errors';
export * from './activities';
export * from './task.workflow-api';
export * from './plan.workflow-api';
export * from './workflow-options';
export * from './http.dto';
