// Logs, traces, metrics and health probes shared by the three apps (issue 14).
export * from './tracing';
export * from './tracing.config';
export * from './tracing.worker';
export * from './tracing-shutdown';
export * from './trace-context';
export * from './logging';
export * from './metrics';
export * from './probe-server';
