export * from './webhook-signature';
export * from './retry-backoff';
