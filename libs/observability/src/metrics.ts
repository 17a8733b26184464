import { Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus text exposition format, version 0.0.4 (what every scraper reads). */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Our metrics' prefix; the default process metrics (`process_*`, `nodejs_*`) keep their usual names. */
export const METRIC_PREFIX = 'duban_';

/**
 * One app's registry: the default Node process metrics (CPU, memory, event-loop lag, GC) plus the
 * app's own `duban_*` metrics, each registered on it (never on prom-client's global registry, so
 * two registries in one test process do not collide). Every series carries `app`.
 */
export function createMetricsRegistry(app: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * Seconds buckets for latencies that are normally milliseconds and alert at about a second
 * (HTTP requests, ladder lateness): fine below 1 s, coarse up to a minute.
 */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** `2xx`, `4xx`, `5xx`… for a status code: a bounded label, whatever the handlers answer. */
export const statusClass = (status: number): string => `${Math.floor(status / 100)}xx`;

/**
 * Joins expositions from several sources (our registry, the Temporal SDK's exporter) into one
 * answer. Each source must use its own metric names: Prometheus rejects a family declared twice.
 */
export function joinExpositions(texts: readonly string[]): string {
  return texts
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t) => `${t}\n`)
    .join('');
}
