export * from './workflow-bundle';
export * from './temporal-errors';
export * from './brief-schedule';
export * from './grpc-retry';
export * from './worker-cache';
