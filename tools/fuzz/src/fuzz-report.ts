import { z } from 'zod';

/**
 * What one schemathesis run against one role's token found, counted from its NDJSON event
 * report (`--report ndjson`, one JSON event per line; the shape below is schemathesis 4.x's, read
 * leniently: an event or field we do not know is ignored, so a pinned upgrade cannot silently
 * turn failures into passes without the counts of requests dropping to zero, which fails too).
 */
export interface RoleResult {
  role: string;
  /** Distinct operations (`METHOD /path`) that sent at least one request. */
  operations: number;
  /** HTTP requests sent (each generated case is one request). */
  requests: number;
  /** Responses with a 5xx status. */
  serverErrors: number;
  /** Cases whose response body broke the documented schema (`response_schema_conformance`). */
  schemaViolations: number;
  /** Cases that failed another check (undocumented status code or content type). */
  otherFailures: number;
  /** Scenarios schemathesis could not run at all (a network error, a timeout, an internal error). */
  errors: number;
  /** One line per distinct failure: operation, check, message, the case id for `st replay`. */
  findings: Finding[];
}

export interface Finding {
  operation: string;
  check: string;
  message: string;
  caseId: string;
}

const checkSchema = z.object({
  name: z.string(),
  status: z.string(),
  failure_info: z.unknown().optional(),
});
const interactionSchema = z.object({
  response: z.object({ status_code: z.number().int() }).nullable().optional(),
});
const scenarioSchema = z.object({
  status: z.string(),
  recorder: z.object({
    label: z.string(),
    checks: z.record(z.array(checkSchema)).default({}),
    interactions: z.record(interactionSchema).default({}),
  }),
});
const eventLine = z.record(z.unknown());

/** The check that catches broken answer bodies; every other failing check counts as "other". */
const SCHEMA_CHECK = 'response_schema_conformance';

/**
 * Counts one run's report. Lines that are not JSON objects are ignored (a report cut off by the
 * run's time bound ends mid-line).
 */
export function summariseNdjson(role: string, ndjson: string): RoleResult {
  const operations = new Set<string>();
  const findings = new Map<string, Finding>();
  const result: RoleResult = { role, operations: 0, requests: 0, serverErrors: 0, schemaViolations: 0, otherFailures: 0, errors: 0, findings: [] };
  for (const line of ndjson.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const event = eventLine.safeParse(parsed);
    if (!event.success) continue;
    if ('NonFatalError' in event.data || 'FatalError' in event.data) result.errors += 1;
    const finished = scenarioSchema.safeParse(event.data['ScenarioFinished']);
    if (!finished.success) continue;
    const { label, checks, interactions } = finished.data.recorder;
    if (finished.data.status === 'error') result.errors += 1;
    for (const interaction of Object.values(interactions)) {
      operations.add(label);
      result.requests += 1;
      if ((interaction.response?.status_code ?? 0) >= 500) result.serverErrors += 1;
    }
    for (const [caseId, caseChecks] of Object.entries(checks)) {
      for (const check of caseChecks) {
        if (check.status !== 'failure') continue;
        // A 5xx is counted once, from the response itself, whichever checks it also broke.
        if (check.name === 'not_a_server_error') continue;
        if (check.name === SCHEMA_CHECK) result.schemaViolations += 1;
        else result.otherFailures += 1;
        const message = failureMessage(check.failure_info);
        const key = `${label}|${check.name}|${message}`;
        if (!findings.has(key)) findings.set(key, { operation: label, check: check.name, message, caseId });
      }
    }
    for (const [caseId, interaction] of Object.entries(interactions)) {
      const status = interaction.response?.status_code ?? 0;
      const key = `${label}|not_a_server_error|${status}`;
      if (status >= 500 && !findings.has(key)) findings.set(key, { operation: label, check: 'not_a_server_error', message: `HTTP ${status}`, caseId });
    }
  }
  result.operations = operations.size;
  result.findings = [...findings.values()];
  return result;
}

/** The failure's title and message as schemathesis reports them, on one line. */
function failureMessage(info: unknown): string {
  const failure = z
    .object({ failure: z.object({ title: z.string().optional(), message: z.string().optional() }).passthrough() })
    .passthrough()
    .safeParse(info);
  if (!failure.success) return 'no details in the report';
  const { title, message } = failure.data.failure;
  // The first line names the problem; the rest (the schema, the response) is in the report file.
  return [title, message?.split('\n')[0]]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join(': ')
    .slice(0, 300);
}

/** Totals over every role's run. */
export interface FuzzTotals {
  roles: number;
  /** The most operations any one role's run reached (every run fuzzes the same document). */
  operations: number;
  requests: number;
  serverErrors: number;
  schemaViolations: number;
  otherFailures: number;
  errors: number;
}

export function totalsOf(results: readonly RoleResult[]): FuzzTotals {
  const sum = (pick: (r: RoleResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  return {
    roles: results.length,
    operations: Math.max(0, ...results.map((r) => r.operations)),
    requests: sum((r) => r.requests),
    serverErrors: sum((r) => r.serverErrors),
    schemaViolations: sum((r) => r.schemaViolations),
    otherFailures: sum((r) => r.otherFailures),
    errors: sum((r) => r.errors),
  };
}

/** `schemathesis: 5 roles × 55 operations, 2750 requests, 0 server errors, 0 schema violations, …` */
export function summaryLine(t: FuzzTotals): string {
  return (
    `schemathesis: ${t.roles} roles × ${t.operations} operations, ${t.requests} requests, ${t.serverErrors} server errors, ` +
    `${t.schemaViolations} schema violations, ${t.otherFailures} other failures, ${t.errors} errors`
  );
}
