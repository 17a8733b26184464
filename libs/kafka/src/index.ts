export * from './kafka-client';
export * from './event-publisher';
export * from './parse-event';
export * from './event-consumer';
