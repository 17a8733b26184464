export * from './load-config';
export * from './connections';
export * from './dot-env';
export * from './topics';
