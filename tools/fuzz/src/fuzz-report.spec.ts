import { summariseNdjson, summaryLine, totalsOf } from './fuzz-report';

/** A ScenarioFinished event as schemathesis 4.32 writes it (fields we do not read left out). */
const scenario = (label: string, cases: { id: string; status: number; failed?: { check: string; title: string; message: string }[] }[], status = 'success') =>
  JSON.stringify({
    ScenarioFinished: {
      phase: 'fuzzing',
      status,
      recorder: {
        label,
        checks: Object.fromEntries(
          cases.map((c) => [
            c.id,
            [
              { name: 'not_a_server_error', status: c.status >= 500 ? 'failure' : 'success' },
              ...(c.failed ?? []).map((f) => ({ name: f.check, status: 'failure', failure_info: { failure: { title: f.title, message: f.message, code: 'ST108' } } })),
            ],
          ]),
        ),
        interactions: Object.fromEntries(cases.map((c) => [c.id, { request: { method: 'GET', uri: 'http://x/' }, response: { status_code: c.status } }])),
      },
    },
  });

describe('summariseNdjson', () => {
  it('counts operations, requests, 5xx, schema violations and other failures, and names each distinct finding once', () => {
    const violation = { check: 'response_schema_conformance', title: 'Response violates schema', message: "Additional properties are not allowed ('x' was unexpected)\n\nSchema at /properties" };
    const report = [
      JSON.stringify({ Initialize: { schemathesis_version: '4.32.5', seed: 98 } }),
      scenario('GET /audit/verify', [
        { id: 'a1', status: 200, failed: [violation] },
        { id: 'a2', status: 200, failed: [violation] },
        { id: 'a3', status: 400 },
      ]),
      scenario('GET /tasks/{taskId}', [
        { id: 'b1', status: 500 },
        { id: 'b2', status: 414, failed: [{ check: 'status_code_conformance', title: 'Undocumented status code', message: 'Received: 414\nDocumented: 200' }] },
      ]),
      // Skipped scenarios (no examples in the schema) carry no checks and send nothing.
      JSON.stringify({ ScenarioFinished: { phase: 'examples', status: 'skip', recorder: { label: 'POST /plans' } } }),
      JSON.stringify({ NonFatalError: { label: 'GET /parks', info: { message: 'boom' } } }),
      '{"ScenarioFinished": {"phase": "fuzz', // cut off by the run's bound
    ].join('\n');

    const result = summariseNdjson('supervisor', report);

    expect(result).toMatchObject({ role: 'supervisor', operations: 2, requests: 5, serverErrors: 1, schemaViolations: 2, otherFailures: 1, errors: 1 });
    expect(result.findings).toEqual([
      { operation: 'GET /audit/verify', check: 'response_schema_conformance', message: "Response violates schema: Additional properties are not allowed ('x' was unexpected)", caseId: 'a1' },
      { operation: 'GET /tasks/{taskId}', check: 'status_code_conformance', message: 'Undocumented status code: Received: 414', caseId: 'b2' },
      { operation: 'GET /tasks/{taskId}', check: 'not_a_server_error', message: 'HTTP 500', caseId: 'b1' },
    ]);
  });

  it('counts a scenario schemathesis could not run as an error', () => {
    expect(summariseNdjson('admin', scenario('GET /health', [], 'error')).errors).toBe(1);
  });

  it('finds nothing in an empty or missing report (which the runner treats as an incomplete run)', () => {
    expect(summariseNdjson('admin', '')).toMatchObject({ operations: 0, requests: 0, findings: [] });
  });
});

describe('totals', () => {
  it('adds the roles up; operations are the most any one role reached', () => {
    const a = summariseNdjson('a', scenario('GET /a', [{ id: '1', status: 200 }]));
    const b = summariseNdjson('b', [scenario('GET /a', [{ id: '1', status: 503 }]), scenario('GET /b', [{ id: '2', status: 200 }])].join('\n'));
    expect(summaryLine(totalsOf([a, b]))).toBe('schemathesis: 2 roles × 2 operations, 3 requests, 1 server errors, 0 schema violations, 0 other failures, 0 errors');
  });
});
