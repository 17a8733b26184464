export * from './kafka-client';
export * from './event-publisher';
export * from './parse-event';
export * from './event-consumer';
export * from './handler-backoff';
export * from './consumer-health';
export * from './topic-namespace';
export * from './topic-declaration';
