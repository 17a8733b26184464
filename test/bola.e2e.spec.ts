import { SignJWT } from 'jose';
import { API_OPERATIONS } from '@duban/contracts/openapi';
import { SZ_2009_INDEX_V1, classifyEnterprise, type EnterpriseRegistration } from '@duban/domain';
import type { EnterpriseView, PlanView, ProblemDetails, TaskInboxPage } from '@duban/contracts';
import { waitFor, type ApiResponse } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { today } from './support/dates';
import { untilAnswered } from './support/client-retry';

/**
 * The BOLA matrix (issue 12): every operation of `API_OPERATIONS` × {own unit, other unit,
 * co-unit, supervisor, performance, admin, no token, expired token}, against the real servers.
 * Each row names the resource it is tried on and the status each caller gets; a refused write is
 * sent with a body that would succeed (so a missing check would show as a change), and the
 * resource is read as an admin or supervisor before and after: nothing may change. A caller who
 * is allowed gets a body that fails validation (400): authorisation passed, nothing written.
 * A route added to the API without a row here fails the first test.
 *
 * Tokens: supervisors are minted for DUCHA, the performance office for PERF, admins for LGO (the
 * unit the other e2e tests give admins).
 */
let duban: DubanHarness;
type Column = 'own' | 'other' | 'co' | 'supervisor' | 'performance' | 'admin' | 'none' | 'expired';
const COLUMNS: Column[] = ['own', 'other', 'co', 'supervisor', 'performance', 'admin', 'none', 'expired'];
const tokens = new Map<string, string>();

const RUN = Date.now().toString(36);
const planId = `e2e-bola-${RUN}`;
const t2 = `${planId}.T2.PLAN`;
const missingTask = `${planId}.T9.PLAN`;
const enterpriseId = `E2E-BOLA-${RUN.toUpperCase()}`;
const missingEnterprise = `E2E-BOLA-NONE-${RUN.toUpperCase()}`;

const registration: EnterpriseRegistration = {
  id: enterpriseId,
  name: `深圳市越权测试${RUN}电子有限公司`,
  district: 'FUTIAN',
  industry: 'electronics-it',
  indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 1.5, labourIntensity: 120, scale: 800, growth: -5 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
};

/** Which unit's official plays own / co / other for a row (default: T2, led by PLAN with HABITAT). */
interface Units {
  own: string;
  co: string;
  other: string;
}
const TASK_UNITS: Units = { own: 'PLAN', co: 'HABITAT', other: 'LUOHU' };
const ENTERPRISE_UNITS: Units = { own: 'FUTIAN', co: 'HRSS', other: 'LUOHU' };

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: () => string;
  /** What a refused caller sends: a request that would succeed. */
  body?: () => unknown;
  /** What an allowed caller sends where the expected status is 400: a request that fails validation. */
  bad?: unknown;
  units?: Units;
  /** Expected status per caller (`none` and `expired` are 401 unless the row is public). */
  expect: Partial<Record<Column, number>>;
  /** The resource re-read (as admin, or supervisor where admins may not read it) before and after a write. */
  reread?: { path: () => string; as: 'admin' | 'supervisor' }[];
  public?: boolean;
  /** A multipart upload instead of JSON: `good` for a refused caller, `bad` (fails validation) for an allowed one. */
  multipart?: { good: () => RawBody; bad: () => RawBody };
  /** A never-ending answer (server-sent events): only the status and media type are read, then the request is aborted. */
  stream?: boolean;
}

interface RawBody {
  rawBody: Uint8Array;
  contentType: string;
}

/** A one-part `multipart/form-data` body carrying a small PDF in the part named `field`. */
function pdfUpload(field: string): RawBody {
  const boundary = `----bola${RUN}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="越权.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return { rawBody: Buffer.from(`${head}%PDF-1.7\n%%EOF\n\r\n--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

const ALL = (status: number): Partial<Record<Column, number>> => ({ own: status, other: status, co: status, supervisor: status, performance: status, admin: status });
const OVERSIGHT = (oversight: number, officials: number): Partial<Record<Column, number>> => ({ own: officials, other: officials, co: officials, supervisor: oversight, performance: oversight, admin: oversight });
const ONLY = (allowed: Column[], status: number, refused = 403): Partial<Record<Column, number>> =>
  Object.fromEntries((['own', 'other', 'co', 'supervisor', 'performance', 'admin'] as Column[]).map((c) => [c, allowed.includes(c) ? status : refused]));
const asAdmin = (path: () => string) => [{ path, as: 'admin' as const }];
const taskReread = asAdmin(() => `/tasks/${t2}`);
const enterpriseReread = asAdmin(() => `/enterprises/${enterpriseId}`);
const planReread = asAdmin(() => `/plans/${planId}`);
let notificationId = '';
let evidenceId = '';

/** The matrix, one row per operationId. */
const MATRIX: Record<string, Row> = {
  checkHealth: { method: 'GET', path: () => '/health', public: true, expect: { ...ALL(200), none: 200, expired: 200 } },
  checkLiveness: { method: 'GET', path: () => '/health/live', public: true, expect: { ...ALL(200), none: 200, expired: 200 } },
  checkReadiness: { method: 'GET', path: () => '/health/ready', public: true, expect: { ...ALL(200), none: 200, expired: 200 } },
  // Public like the probes (ours): only route patterns and counts; a bearer token changes nothing.
  getMetrics: { method: 'GET', path: () => '/metrics', public: true, expect: { ...ALL(200), none: 200, expired: 200 } },
  getMe: { method: 'GET', path: () => '/me', expect: ALL(200) },
  streamLive: { method: 'GET', path: () => '/live', stream: true, expect: ALL(200) },
  // The dev sign-in: this harness runs with DEV_SIGN_IN=on (public; whatever the caller sends).
  listDevUsers: { method: 'GET', path: () => '/dev/users', public: true, expect: { ...ALL(200), none: 200, expired: 200 } },
  issueDevToken: { method: 'POST', path: () => '/dev/token', public: true, body: () => ({ userId: 'dev.futian' }), expect: { ...ALL(200), none: 200, expired: 200 } },
  startPlan: {
    method: 'POST',
    path: () => '/plans',
    body: () => ({ template: 'shenzhen-2009-98', planId: `${planId}-x`, rebaseTo: today() }),
    bad: { template: 'shenzhen-2009-98', planId: 'Not A Plan Id', rebaseTo: today() },
    expect: ONLY(['admin'], 400),
    reread: asAdmin(() => `/plans/${planId}-x`),
  },
  setPlanEvaluationIndex: { method: 'PUT', path: () => `/plans/${planId}/evaluation-index`, body: () => SZ_2009_INDEX_V1, bad: { version: 1 }, expect: ONLY(['admin'], 400), reread: planReread },
  viewPlan: { method: 'GET', path: () => `/plans/${planId}`, expect: ALL(200) },
  // The dry run answers 200 with the problems of whatever JSON an admin sends, and starts nothing.
  validatePlan: {
    method: 'POST',
    path: () => '/plans/validate',
    body: () => ({ template: 'shenzhen-2009-98', planId: `${planId}-v`, rebaseTo: today() }),
    expect: ONLY(['admin'], 200),
    reread: asAdmin(() => `/plans/${planId}-v`),
  },
  listPlanTemplates: { method: 'GET', path: () => '/plan-templates', expect: ONLY(['admin'], 200) },
  listTasks: { method: 'GET', path: () => `/tasks?planId=${planId}&unit=PLAN`, expect: { ...OVERSIGHT(200, 403), own: 200 } },
  viewTask: { method: 'GET', path: () => `/tasks/${t2}`, expect: { ...ALL(200), other: 404 } },
  reportProgress: { method: 'POST', path: () => `/tasks/${t2}/progress`, body: () => ({ percent: 10, note: '越权' }), bad: { percent: 101 }, expect: { ...ONLY(['own'], 400), co: 403, other: 404 }, reread: taskReread },
  contribute: { method: 'POST', path: () => `/tasks/${t2}/contributions`, body: () => ({ summary: '越权' }), bad: { summary: 7 }, expect: { ...ONLY(['co'], 400), other: 404 }, reread: taskReread },
  waiveContribution: { method: 'POST', path: () => `/tasks/${t2}/contributions/HABITAT/waive`, body: () => ({ reason: '越权' }), bad: { reason: 7 }, expect: ONLY(['supervisor'], 400), reread: taskReread },
  submitTask: { method: 'POST', path: () => `/tasks/${t2}/submit`, body: () => ({ summary: '越权' }), bad: { summary: 7 }, expect: { ...ONLY(['own'], 400), co: 403, other: 404 }, reread: taskReread },
  cascadeTask: {
    method: 'POST',
    path: () => `/tasks/${t2}/subtasks`,
    body: () => ({ unit: 'PLAN_DEPT', title: '越权', due: today() }),
    bad: { unit: 7 },
    expect: { ...ONLY(['own'], 400), co: 403, other: 404 },
    reread: taskReread,
  },
  reviewTask: { method: 'POST', path: () => `/tasks/${t2}/review`, body: () => ({ decision: 'accept' }), bad: { decision: 'maybe' }, expect: ONLY(['supervisor'], 400), reread: taskReread },
  requestExtension: {
    method: 'POST',
    path: () => `/tasks/${t2}/extensions`,
    body: () => ({ newDue: '2099-12-31', reason: '越权' }),
    bad: { newDue: 'soon' },
    expect: { ...ONLY(['own'], 400), co: 403, other: 404 },
    reread: taskReread,
  },
  decideExtension: { method: 'POST', path: () => `/tasks/${t2}/extensions/decision`, body: () => ({ decision: 'approve' }), bad: { decision: 'maybe' }, expect: ONLY(['supervisor'], 400), reread: taskReread },
  issueTaskDirective: {
    method: 'POST',
    path: () => `/tasks/${t2}/directive`,
    body: () => ({ committedDate: '2099-12-31', instructions: '越权' }),
    bad: { committedDate: 'soon' },
    expect: ONLY(['supervisor'], 400),
    reread: taskReread,
  },
  uploadEvidence: {
    method: 'POST',
    path: () => `/tasks/${t2}/evidence`,
    multipart: { good: () => pdfUpload('file'), bad: () => pdfUpload('not-file') },
    // The lead unit and its co-units upload; another unit gets the 404 of a missing task.
    expect: { ...ONLY(['own', 'co'], 400), other: 404 },
    reread: asAdmin(() => `/tasks/${t2}/evidence`),
  },
  listEvidence: { method: 'GET', path: () => `/tasks/${t2}/evidence`, expect: { ...ALL(200), other: 404 } },
  downloadEvidence: { method: 'GET', path: () => `/tasks/${t2}/evidence/${evidenceId}`, expect: { ...ALL(200), other: 404 } },
  listEscalations: { method: 'GET', path: () => '/escalations', expect: ONLY(['supervisor'], 200) },
  acknowledgeEscalation: { method: 'POST', path: () => `/escalations/${encodeURIComponent(`${t2}~0~yellow`)}/acknowledge`, body: () => ({}), expect: ONLY(['supervisor'], 404), reread: taskReread },
  issueEscalationDirective: {
    method: 'POST',
    path: () => `/escalations/${encodeURIComponent(`${t2}~0~yellow`)}/directive`,
    body: () => ({ committedDate: '2099-12-31', instructions: '越权' }),
    bad: { committedDate: 'soon' },
    expect: ONLY(['supervisor'], 400),
    reread: taskReread,
  },
  listBriefs: { method: 'GET', path: () => `/briefs?unit=PLAN`, expect: { ...OVERSIGHT(200, 403), own: 200 } },
  registerEnterprise: {
    method: 'POST',
    path: () => '/enterprises',
    units: ENTERPRISE_UNITS,
    body: () => ({ planId, enterprise: { ...registration, id: `${enterpriseId}-X` } }),
    bad: { planId, enterprise: { ...registration, id: 'lower-case' } },
    expect: ONLY(['own', 'admin'], 400),
    reread: asAdmin(() => `/enterprises/${enterpriseId}-X`),
  },
  importEnterprises: {
    method: 'POST',
    path: () => '/enterprises/import',
    units: ENTERPRISE_UNITS,
    body: () => ({ planId, enterprises: [{ ...registration, id: `${enterpriseId}-Y` }] }),
    bad: { planId, enterprises: 'none' },
    // Another unit's rows are screened out row by row: 200 with every row rejected, nothing registered.
    expect: { ...ONLY(['own', 'admin'], 400), other: 200, co: 200 },
    reread: asAdmin(() => `/enterprises/${enterpriseId}-Y`),
  },
  listEnterprises: { method: 'GET', path: () => `/enterprises?planId=${planId}&district=FUTIAN`, units: ENTERPRISE_UNITS, expect: { ...ALL(200), other: 403 } },
  listEnterpriseRollups: { method: 'GET', path: () => `/enterprises/rollups?by=district&planId=${planId}`, units: ENTERPRISE_UNITS, expect: ALL(200) },
  viewEnterprise: { method: 'GET', path: () => `/enterprises/${enterpriseId}`, units: ENTERPRISE_UNITS, expect: { ...ALL(200), other: 404 } },
  viewEnterpriseClassification: { method: 'GET', path: () => `/enterprises/${enterpriseId}/classification`, units: ENTERPRISE_UNITS, expect: { ...ALL(200), other: 404 } },
  viewEnterpriseDestinations: { method: 'GET', path: () => `/enterprises/${enterpriseId}/destinations`, units: ENTERPRISE_UNITS, expect: { ...ALL(200), other: 404 } },
  reevaluateEnterprise: {
    method: 'POST',
    path: () => `/enterprises/${enterpriseId}/evaluation`,
    units: ENTERPRISE_UNITS,
    body: () => ({ indicators: registration.indicators, flags: registration.flags, redLines: ['unlicensed'] }),
    bad: { indicators: 'none' },
    expect: ONLY(['supervisor', 'admin'], 400),
    reread: enterpriseReread,
  },
  completeEnterpriseStep: {
    method: 'POST',
    path: () => `/enterprises/${enterpriseId}/steps/labour`,
    units: ENTERPRISE_UNITS,
    body: () => ({ payload: { disputesResolved: 1, workersRetrained: 2 } }),
    bad: { payload: { disputesResolved: 'many' } },
    expect: ONLY(['co'], 400),
    reread: enterpriseReread,
  },
  listParks: { method: 'GET', path: () => '/parks', expect: ALL(200) },
  viewPark: { method: 'GET', path: () => '/parks/sz-shanwei-park', expect: ALL(200) },
  createPark: {
    method: 'POST',
    path: () => '/parks',
    body: () => ({ id: `bola-${RUN}`, name: '越权园区', city: '汕尾', region: 'east-wing', industries: ['electronics-it'], capacity: 10 }),
    bad: { id: 'X' },
    // Admins and officials of PLAN (own here) or STIIC load parks.
    expect: { ...ONLY(['own', 'admin'], 400) },
    reread: asAdmin(() => `/parks/bola-${RUN}`),
  },
  listCalendarYears: { method: 'GET', path: () => '/calendar/years', expect: ALL(200) },
  viewCalendarYear: { method: 'GET', path: () => '/calendar/years/2026', expect: ALL(200) },
  loadCalendarNotice: { method: 'POST', path: () => '/calendar/years', body: () => ({ year: 2031 }), bad: { year: 'next' }, expect: ONLY(['admin'], 400), reread: asAdmin(() => '/calendar/years/2031') },
  listNotifications: { method: 'GET', path: () => '/notifications', expect: ALL(200) },
  markAllNotificationsRead: { method: 'POST', path: () => '/notifications/read-all', body: () => ({}), expect: ALL(200) },
  markNotificationRead: {
    method: 'POST',
    path: () => `/notifications/${notificationId}/read`,
    body: () => ({}),
    // HRSS's notification (its labour step opened): to anyone else (admins included: read state is per recipient unit) it does not exist.
    units: { own: 'HRSS', co: 'STIIC', other: 'LUOHU' },
    expect: { ...ALL(404), own: 200 },
  },
  listScores: { method: 'GET', path: () => '/scores', expect: OVERSIGHT(200, 403) },
  scoreDrillDown: { method: 'GET', path: () => `/scores/PLAN/${new Date().getFullYear()}`, expect: OVERSIGHT(200, 403) },
  // The console's read models (issue 13): an official reads only their own unit's inbox.
  getInbox: { method: 'GET', path: () => `/inbox?planId=${planId}&unit=PLAN`, expect: { ...OVERSIGHT(200, 403), own: 200 } },
  getOverdueBoard: { method: 'GET', path: () => `/board/overdue?planId=${planId}`, expect: ONLY(['supervisor'], 200) },
  getCockpit: { method: 'GET', path: () => `/cockpit?planId=${planId}`, expect: OVERSIGHT(200, 403) },
  reportTarget: {
    method: 'POST',
    path: () => `/plans/${planId}/targets/DEMO_PARKS/reports`,
    units: { own: 'STIIC', co: 'HABITAT', other: 'LUOHU' },
    body: () => ({ period: String(new Date().getFullYear()), value: 1 }),
    bad: { period: 7 },
    expect: { ...ONLY(['own'], 400) },
    reread: asAdmin(() => `/plans/${planId}/targets`),
  },
  listTargets: { method: 'GET', path: () => `/plans/${planId}/targets`, expect: ALL(200) },
  cityAssessment: { method: 'GET', path: () => `/assessment/city?planId=${planId}&year=${new Date().getFullYear()}`, expect: OVERSIGHT(200, 403) },
  recordBenefit: {
    method: 'POST',
    path: () => `/plans/${planId}/benefit-ledger`,
    units: ENTERPRISE_UNITS,
    body: () => ({ enterpriseId, period: String(new Date().getFullYear()), outputValue: 1, tax: 1, statistics: { outbound: 0.5, inbound: 0.5 }, taxSplit: { outbound: 0.5, inbound: 0.5 } }),
    bad: { enterpriseId: 7 },
    // LUOHU may not see the enterprise: answered as for a missing one; HRSS sees it (its labour step) but does not record its ledger.
    expect: { ...ONLY(['own'], 400), other: 404 },
    reread: asAdmin(() => `/plans/${planId}/benefit-ledger`),
  },
  benefitLedger: { method: 'GET', path: () => `/plans/${planId}/benefit-ledger`, units: ENTERPRISE_UNITS, expect: ALL(200) },
  listAuditEvents: { method: 'GET', path: () => `/audit/events?subject=${encodeURIComponent(t2)}`, expect: ONLY(['supervisor', 'admin'], 200) },
  exportAuditEvents: { method: 'GET', path: () => `/audit/events/export?format=csv&subject=${encodeURIComponent(t2)}`, expect: ONLY(['supervisor', 'admin'], 200) },
  verifyAuditLog: { method: 'GET', path: () => '/audit/verify', expect: ONLY(['supervisor', 'admin'], 200) },
  getWorkflowHistory: { method: 'GET', path: () => `/audit/workflows/${encodeURIComponent(`task/${t2}`)}/history`, expect: ONLY(['supervisor', 'admin'], 200) },
  createSubscription: {
    method: 'POST',
    path: () => '/subscriptions',
    body: () => ({ url: 'https://hooks.example.com/duban', types: ['duban.task.submitted.v1'] }),
    bad: { url: 'not a url' },
    expect: ONLY(['admin'], 400),
    reread: asAdmin(() => '/subscriptions'),
  },
  listSubscriptions: { method: 'GET', path: () => '/subscriptions', expect: ONLY(['admin'], 200) },
  listDeadLetters: { method: 'GET', path: () => '/subscriptions/dead-letters', expect: ONLY(['admin'], 200) },
  retryDeadLetter: { method: 'POST', path: () => '/subscriptions/dead-letters/000000000000000000000000/retry', body: () => ({}), expect: ONLY(['admin'], 404) },
  getSubscription: { method: 'GET', path: () => '/subscriptions/000000000000000000000000', expect: ONLY(['admin'], 404) },
  listSubscriptionDeliveries: { method: 'GET', path: () => '/subscriptions/000000000000000000000000/deliveries', expect: ONLY(['admin'], 404) },
  deleteSubscription: { method: 'DELETE', path: () => '/subscriptions/000000000000000000000000', expect: ONLY(['admin'], 404), reread: asAdmin(() => '/subscriptions') },
};

/** The token of `column` for a row played by `units`. */
function tokenOf(column: Column, units: Units): string | undefined {
  if (column === 'none') return undefined;
  if (column === 'own' || column === 'co' || column === 'other') return tokens.get(`official:${units[column]}`);
  return tokens.get(column);
}

async function send(row: Row, column: Column): Promise<ApiResponse> {
  const token = tokenOf(column, row.units ?? TASK_UNITS);
  const expected = expectedOf(row, column);
  const json = expected === 400 && row.bad !== undefined ? row.bad : row.body?.();
  const raw = row.multipart && (expected === 400 ? row.multipart.bad() : row.multipart.good());
  if (row.stream) return openAndClose(row.path(), token);
  return duban.api.request(row.method, row.path(), { ...(token && { token }), ...(json !== undefined && { json }), ...raw });
}

/** Opens a stream, takes its status and headers (and a refusal's body), and aborts it. */
async function openAndClose(path: string, token: string | undefined): Promise<ApiResponse> {
  const abort = new AbortController();
  const res = await fetch(`${duban.api.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: abort.signal });
  try {
    if (res.status === 200) expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    return { status: res.status, headers: res.headers, body: res.status === 200 ? undefined : await res.json() };
  } finally {
    abort.abort();
  }
}

function expectedOf(row: Row, column: Column): number | undefined {
  if (!row.public && (column === 'none' || column === 'expired')) return 401;
  return row.expect[column];
}

const reread = (row: Row) => Promise.all((row.reread ?? []).map(async (r) => (await duban.api.get(r.path(), tokens.get(r.as))).body));

beforeAll(async () => {
  duban = await DubanHarness.start('bola', { RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '100000', DEV_SIGN_IN: 'on' });
  for (const unit of ['PLAN', 'HABITAT', 'LUOHU', 'FUTIAN', 'HRSS', 'STIIC']) tokens.set(`official:${unit}`, await duban.token({ sub: `official.${unit.toLowerCase()}`, unit, roles: ['official'] }));
  tokens.set('supervisor', await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] }));
  tokens.set('performance', await duban.token({ sub: 'liu.yang', unit: 'PERF', roles: ['performance'] }));
  tokens.set('admin', await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] }));
  // Expired an hour ago, issued three hours ago, otherwise exactly what the harness signs.
  const now = Math.floor(Date.now() / 1000);
  tokens.set(
    'expired',
    await new SignJWT({ unit: 'PLAN', roles: ['official'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('official.plan')
      .setIssuer('duban')
      .setIssuedAt(now - 3 * 3600)
      .setExpirationTime(now - 3600)
      .sign(new TextEncoder().encode(duban.env['JWT_SECRET'] as string)),
  );

  const admin = tokens.get('admin');
  // Each set-up write as a client honouring 503 + Retry-After makes it (a busy machine: the plan
  // starting its tasks may not answer within the request's budget); a retry refused as already done
  // means the earlier attempt applied.
  expect((await untilAnswered(() => duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, admin), 'PLAN.ALREADY_EXISTS'))?.status).toBeLessThan(500);
  // The index by an admin (the plan's T1 stays open): the enterprise is classified at once.
  // A plan busy starting its tasks may not answer within the request's budget (503): asked again, a
  // first answer that did apply shows as PLAN.INDEX_ALREADY_SET.
  await waitFor(
    'the evaluation index set',
    async () => {
      const res = await duban.api.request('PUT', `/plans/${planId}/evaluation-index`, { token: admin, json: SZ_2009_INDEX_V1 });
      if (res.status === 503) return undefined;
      if (res.status === 200 || (res.body as ProblemDetails).code === 'PLAN.INDEX_ALREADY_SET') return true;
      throw new Error(`PUT evaluation-index answered ${res.status}: ${JSON.stringify(res.body)}`);
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
  expect(classifyEnterprise(SZ_2009_INDEX_V1, registration).track).toBe('C');
  const futian = tokens.get('official:FUTIAN');
  expect((await untilAnswered(() => duban.api.post('/enterprises', { planId, enterprise: registration }, futian), 'ENTERPRISE.ALREADY_REGISTERED'))?.status).toBeLessThan(500);
  await duban.eventually<EnterpriseView, EnterpriseView>('classified', `/enterprises/${enterpriseId}`, futian as string, (v) => (v.status === 'active' ? v : undefined));
  // The enterprise chooses transfer: STIIC's destination and HRSS's labour step open (HRSS is the co-unit here).
  expect((await untilAnswered(() => duban.api.post(`/enterprises/${enterpriseId}/steps/intention`, { payload: { decision: 'transfer', note: '企业自愿' } }, futian), 'ENTERPRISE.STEP_OUT_OF_TURN'))?.status).toBeLessThan(500);
  // The co-unit's rows come from the tasks projection; HRSS's notification of its open step from the notifications consumer.
  await duban.eventually<TaskInboxPage, true>('T2 in HABITAT’s inbox', `/tasks?planId=${planId}`, tokens.get('official:HABITAT') as string, (p) => (p.items.some((i) => i.taskId === t2) ? true : undefined));
  notificationId = await duban.eventually<{ items: { id: string }[] }, string>('a notification for HRSS', '/notifications', tokens.get('official:HRSS') as string, (p) => p.items[0]?.id);
  const evidence = await untilAnswered(() => duban.api.request<{ id: string }>('POST', `/tasks/${t2}/evidence`, { token: tokens.get('official:PLAN') as string, ...pdfUpload('file') }));
  expect(evidence?.status).toBe(201);
  evidenceId = (evidence?.body as { id: string }).id;
}, 300_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('the BOLA matrix', () => {
  it('has a row for every operation of the API, and none for an operation that does not exist', () => {
    const ids = API_OPERATIONS.map((o) => o.operationId);
    expect(ids.filter((id) => !(id in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((id) => !ids.includes(id))).toEqual([]);
    for (const op of API_OPERATIONS) {
      const row = MATRIX[op.operationId] as Row;
      expect({ id: op.operationId, method: row.method, public: Boolean(row.public) }).toEqual({ id: op.operationId, method: op.method.toUpperCase(), public: op.auth === 'public' });
      expect({ id: op.operationId, columns: COLUMNS.filter((c) => expectedOf(row, c) === undefined) }).toEqual({ id: op.operationId, columns: [] });
    }
  });

  it.each(Object.keys(MATRIX))('%s: each caller gets its status, and a refused write changes nothing', async (id) => {
    const row = MATRIX[id] as Row;
    const before = await reread(row);
    // The eight callers at once: a moderate load, and a race between them would show as a change.
    const answers = await Promise.all(COLUMNS.map(async (column) => ({ column, res: await send(row, column) })));
    const got = Object.fromEntries(answers.map(({ column, res }) => [column, res.status]));
    expect({ id, got }).toEqual({ id, got: Object.fromEntries(COLUMNS.map((c) => [c, expectedOf(row, c)])) });
    for (const { res } of answers) if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    if (row.method !== 'GET') expect(await reread(row)).toEqual(before);
  });
});

describe('not yours and not there answer alike', () => {
  const problem = (res: ApiResponse) => {
    const { instance: _i, ...rest } = res.body as ProblemDetails;
    return rest;
  };

  it('tasks: another unit’s task is a missing task, on GET and on every POST', async () => {
    const luohu = tokens.get('official:LUOHU');
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['POST', '/progress', { percent: 10, note: 'x' }],
      ['POST', '/submit', { summary: 'x' }],
      ['POST', '/contributions', { summary: 'x' }],
      ['POST', '/extensions', { newDue: '2099-12-31', reason: 'x' }],
      ['POST', '/subtasks', { unit: 'PLAN_DEPT', title: 'x', due: today() }],
    ] as const) {
      const hidden = await duban.api.request(method, `/tasks/${t2}${suffix}`, { ...(luohu && { token: luohu }), ...(body && { json: body }) });
      const missing = await duban.api.request(method, `/tasks/${missingTask}${suffix}`, { ...(luohu && { token: luohu }), ...(body && { json: body }) });
      expect({ suffix, status: hidden.status }).toEqual({ suffix, status: 404 });
      expect(problem(hidden)).toEqual({ ...problem(missing), detail: (missing.body as ProblemDetails).detail.replace(missingTask, t2) });
    }
  });

  it('enterprises: PLAN asking for a step of an enterprise it has no step on, and for a missing one, gets the same 404 (never a 409 naming the open steps)', async () => {
    const plan = tokens.get('official:PLAN');
    const body = { payload: { resolution: 'revitalised' } };
    const hidden = await duban.api.post(`/enterprises/${enterpriseId}/steps/legacy-land`, body, plan);
    const missing = await duban.api.post(`/enterprises/${missingEnterprise}/steps/legacy-land`, body, plan);
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(problem(hidden)).toEqual({ ...problem(missing), detail: (missing.body as ProblemDetails).detail.replace(missingEnterprise, enterpriseId) });
    // STIIC owns the open destination step: it sees the enterprise, and a missing id is still a 404, not "closed".
    const stiic = tokens.get('official:STIIC');
    expect((await duban.api.post(`/enterprises/${missingEnterprise}/steps/destination`, { payload: { parkId: 'sz-shanwei-park', reasons: [] } }, stiic)).status).toBe(404);
    expect((await duban.api.get(`/enterprises/${enterpriseId}`, stiic)).status).toBe(200);
  });

  it('plans: an official sees only the rows of the tasks their unit leads or co-works, and the index only with T1', async () => {
    const rows = async (unit: string) => {
      const res = await duban.api.get<PlanView>(`/plans/${planId}`, tokens.get(`official:${unit}`));
      expect(res.status).toBe(200);
      return res.body;
    };
    const plan = await rows('PLAN');
    expect(plan.tasks.map((t) => t.taskId)).toEqual([t2]);
    expect(plan).not.toHaveProperty('evaluationIndex');
    expect((await rows('HABITAT')).tasks.map((t) => t.taskId)).toEqual([t2]);
    expect((await rows('LUOHU')).tasks.map((t) => t.taskId)).toEqual([`${planId}.T4.LUOHU`]);
    const stiic = await rows('STIIC');
    expect(stiic.tasks.map((t) => t.taskId).sort()).toEqual([`${planId}.T1.STIIC`, t2, `${planId}.T3.STIIC`].sort());
    expect(stiic.evaluationIndex?.version).toBe(SZ_2009_INDEX_V1.version);
    const all = await duban.api.get<PlanView>(`/plans/${planId}`, tokens.get('supervisor'));
    expect(all.body.tasks.length).toBeGreaterThan(stiic.tasks.length);
    expect(all.body.evaluationIndex?.version).toBe(SZ_2009_INDEX_V1.version);
  });
});
