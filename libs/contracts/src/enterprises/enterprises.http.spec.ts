import { DEFAULT_PARKS, SZ_2009_INDEX_V1, classifyEnterprise, enterpriseSchemas, matchDestinations } from '@duban/domain';
import { buildOpenApiDocument } from '../http/openapi';
import {
  enterpriseClassificationResponseSchema,
  enterpriseDestinationsSchema,
  enterpriseImportReportSchema,
  enterpriseListPageSchema,
  enterpriseRollupSchema,
  registeredEnterpriseSchema,
} from './enterprises.dto';
import { ENTERPRISE_OPERATIONS, enterpriseViewSchema } from './enterprises.http';

// Samples of each answer as the API builds them: the classification and the destination match
// come from the domain's own classifier and matcher (the service answers exactly those), the view
// is shaped like the enterprise workflow's, the list and roll-ups like the projection's.

const registration = enterpriseSchemas().registration.parse({
  id: 'ENT-FUTIAN-0001',
  name: '福田电子制造有限公司',
  district: 'FUTIAN',
  industry: 'electronics-it',
  indicators: { technology: 1.5, valueAddedRate: 18, taxContribution: 120, energyPerOutput: 0.15, labourIntensity: 55, scale: 8000, growth: 3 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
});
const classification = classifyEnterprise(SZ_2009_INDEX_V1, registration);
const official = { sub: 'wang.fang', unit: 'FUTIAN', roles: ['official'] };

const view = {
  id: registration.id,
  name: registration.name,
  district: registration.district,
  industry: registration.industry,
  planId: 'shenzhen-2009-98',
  registeredAt: '2010-03-01T01:00:00.000Z',
  status: 'active',
  registration,
  track: classification.track,
  classification,
  intention: 'transfer',
  steps: [
    {
      step: 'intention',
      name: '转移意向（企业自愿）',
      unit: 'FUTIAN',
      status: 'done',
      openedAt: '2010-03-01T01:00:00.000Z',
      due: '2010-03-29',
      deadline: '2010-03-29T23:59:59.999+08:00',
      ladder: [
        { kind: 'reminder', at: '2010-03-22T09:00:00.000+08:00', fired: true, epoch: 0, daysBefore: 7 },
        { kind: 'yellow', at: '2010-03-29T23:59:59.999+08:00', fired: false, epoch: 0 },
      ],
      escalations: [],
      completedAt: '2010-03-25T02:00:00.000Z',
      completedBy: official,
      payload: { decision: 'transfer' },
      overdueWorkingDays: 0,
    },
    {
      step: 'destination',
      name: '承接地匹配',
      unit: 'STIIC',
      status: 'open',
      openedAt: '2010-03-25T02:00:00.000Z',
      due: '2010-04-16',
      deadline: '2010-04-16T23:59:59.999+08:00',
      ladder: [{ kind: 'yellow', at: '2010-04-16T23:59:59.999+08:00', fired: true, epoch: 0 }],
      escalations: [{ id: 'ENT-FUTIAN-0001/destination~0~yellow', level: 'yellow', raisedAt: '2010-04-16T23:59:59.999+08:00', due: '2010-04-16', repeats: 0 }],
      directives: [
        {
          id: 'ENT-FUTIAN-0001/destination~directive~1',
          issuedAt: '2010-04-20T01:00:00.000Z',
          issuedBy: { sub: 'zhao.lei', unit: 'DUCHA', roles: ['supervisor'] },
          previousDue: '2010-04-16',
          committedDate: '2010-04-30',
          instructions: '请于4月30日前完成承接地匹配',
        },
      ],
    },
  ],
};

describe('enterprise answers', () => {
  it('GET /enterprises/{id} and the step routes: the workflow view, with done and open steps, escalations and directives', () => {
    expect(enterpriseViewSchema.parse(view)).toEqual(view);
    const { track: _t, classification: _c, intention: _i, ...registered } = view;
    const waiting = { ...registered, status: 'awaiting-index', steps: [] };
    expect(enterpriseViewSchema.parse(waiting)).toEqual(waiting);
    const closed = { ...view, status: 'closed', closedAt: '2011-01-05T02:00:00.000Z', revision: 1, park: { parkId: 'shanwei-sz', parkName: '深汕特别合作区', region: 'east-wing', reasons: ['近'], rank: 1, fit: 82.5, matchReasons: ['paired'] } };
    expect(enterpriseViewSchema.parse(closed)).toEqual(closed);
  });

  it('refuses a view with a field the workflow does not answer, or a step status it does not know', () => {
    expect(enterpriseViewSchema.safeParse({ ...view, history: [] }).success).toBe(false);
    expect(enterpriseViewSchema.safeParse({ ...view, steps: [{ ...view.steps[0], status: 'skipped' }] }).success).toBe(false);
    // The registration in a view is the parsed one: red lines are always listed.
    const { redLines: _r, ...unparsed } = registration;
    expect(enterpriseViewSchema.safeParse({ ...view, registration: unparsed }).success).toBe(false);
  });

  it('GET /enterprises/{id}/classification: the classifier’s explanation, with the enterprise id', () => {
    const answer = { enterpriseId: registration.id, ...classification };
    expect(enterpriseClassificationResponseSchema.parse(answer)).toEqual(answer);
    const redLined = { enterpriseId: 'ENT-BAOAN-0007', ...classifyEnterprise(SZ_2009_INDEX_V1, { ...registration, redLines: ['unlicensed'] }) };
    expect(redLined.track).toBe('D');
    expect(enterpriseClassificationResponseSchema.parse(redLined)).toEqual(redLined);
    expect(enterpriseClassificationResponseSchema.safeParse({ ...answer, track: 'E' }).success).toBe(false);
  });

  it('GET /enterprises/{id}/destinations: the matcher’s candidates and exclusions over the default parks', () => {
    const answer = { enterpriseId: registration.id, score: classification.score, ...matchDestinations(registration, classification, DEFAULT_PARKS) };
    expect(answer.candidates.length + answer.excluded.length).toBe(DEFAULT_PARKS.length);
    expect(enterpriseDestinationsSchema.parse(answer)).toEqual(answer);
    expect(enterpriseDestinationsSchema.safeParse({ ...answer, candidates: [{ ...answer.candidates[0], rank: 0 }] }).success).toBe(false);
  });

  it('GET /enterprises: a page of list rows, with and without the optional fields', () => {
    const item = {
      enterpriseId: registration.id,
      planId: 'shenzhen-2009-98',
      name: registration.name,
      district: 'FUTIAN',
      industry: 'electronics-it',
      status: 'active',
      track: 'C',
      score: 41.37,
      intention: 'transfer',
      park: { parkId: 'shanwei-sz', parkName: '深汕特别合作区', region: 'east-wing' },
      currentSteps: [{ step: 'destination', stepId: 'ENT-FUTIAN-0001/destination', unit: 'STIIC', due: '2010-04-16', deadline: '2010-04-16T15:59:59.999Z', overdue: true }],
      completedSteps: ['intention'],
      overdue: true,
      yellowCard: true,
      redCard: false,
      leadingGroup: false,
      openEscalations: 1,
      registeredAt: '2010-03-01T01:00:00.000Z',
      classifiedAt: '2010-03-01T01:00:01.000Z',
      updatedAt: '2010-04-16T15:59:59.999Z',
      lastEventSequence: 6,
    };
    const bare = {
      enterpriseId: 'ENT-LUOHU-0002',
      planId: 'shenzhen-2009-98',
      name: '罗湖',
      district: 'LUOHU',
      industry: 'toys',
      status: 'awaiting-index',
      currentSteps: [],
      completedSteps: [],
      overdue: false,
      yellowCard: false,
      redCard: false,
      leadingGroup: false,
      openEscalations: 0,
      registeredAt: '2010-03-01T01:00:00.000Z',
      updatedAt: '2010-03-01T01:00:00.000Z',
      lastEventSequence: 1,
    };
    const page = { items: [item, bare], nextCursor: 'eyJrIjoiZW50ZXJwcmlzZXMtYnktcG9zaXRpb24iLCJ2IjpbMl19', total: 240 };
    expect(enterpriseListPageSchema.parse(page)).toEqual(page);
    expect(enterpriseListPageSchema.safeParse({ items: [{ ...bare, status: 'paused' }] }).success).toBe(false);
    expect(enterpriseListPageSchema.safeParse({ items: [{ ...bare, nextDeadline: null }] }).success).toBe(false);
  });

  it('GET /enterprises/rollups: rows by key, `none` for enterprises without one', () => {
    const rollup = {
      by: 'park',
      rows: [
        { key: 'shanwei-sz', total: 3, byStatus: { active: 3 }, byTrack: { B: 1, C: 2 }, overdue: 1 },
        { key: 'none', total: 5, byStatus: { 'awaiting-index': 2, active: 3 }, byTrack: { none: 2, C: 3 }, overdue: 0 },
      ],
      total: 8,
    };
    expect(enterpriseRollupSchema.parse(rollup)).toEqual(rollup);
    expect(enterpriseRollupSchema.safeParse({ ...rollup, by: 'unit' }).success).toBe(false);
  });

  it('POST /enterprises and /enterprises/import: the registration and the import report', () => {
    const registered = { enterpriseId: registration.id, planId: 'shenzhen-2009-98', workflowId: 'enterprise/ENT-FUTIAN-0001', awaitingIndex: false };
    expect(registeredEnterpriseSchema.parse(registered)).toEqual(registered);
    expect(registeredEnterpriseSchema.safeParse({ ...registered, awaitingIndex: 'no' }).success).toBe(false);
    const report = {
      planId: 'shenzhen-2009-98',
      registered: ['ENT-FUTIAN-0001'],
      rejected: [
        { row: 2, id: 'ENT-FUTIAN-0001', problems: [{ field: 'id', rule: 'repeats row 1' }] },
        { row: 3, id: 'ENT-FUTIAN-0009', problems: [{ field: 'id', rule: 'is already registered', code: 'ENTERPRISE.ALREADY_REGISTERED' }] },
        { row: 4, problems: [{ field: 'row', rule: 'has 3 fields, the header has 18' }] },
      ],
    };
    expect(enterpriseImportReportSchema.parse(report)).toEqual(report);
    expect(enterpriseImportReportSchema.safeParse({ ...report, rejected: [{ row: 0, problems: [] }] }).success).toBe(false);
  });

  it('documents every route: answers, the Location of a registration, CSV imports and each refusal as problem+json', () => {
    const doc = buildOpenApiDocument(Object.values(ENTERPRISE_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
      '/enterprises',
      '/enterprises/import',
      '/enterprises/rollups',
      '/enterprises/{id}',
      '/enterprises/{id}/classification',
      '/enterprises/{id}/destinations',
      '/enterprises/{id}/evaluation',
      '/enterprises/{id}/steps/{step}',
    ]);
    const register = doc.paths?.['/enterprises']?.post;
    expect(register?.responses?.['201']?.headers).toHaveProperty('Location');
    expect(register?.responses?.['201']?.content?.['application/json']?.schema).toBeDefined();
    const importBody = doc.paths?.['/enterprises/import']?.post?.requestBody;
    expect(importBody && 'content' in importBody ? Object.keys(importBody.content).sort() : []).toEqual(['application/json', 'text/csv']);
    const step = doc.paths?.['/enterprises/{id}/steps/{step}']?.post?.responses ?? {};
    expect(JSON.stringify(step['409'])).toContain('ENTERPRISE.STEP_OUT_OF_TURN');
    expect(JSON.stringify(step['409'])).toContain('ENTERPRISE.PARK_NOT_ELIGIBLE');
    expect(JSON.stringify(step['403'])).toContain('TASK.FORBIDDEN');
    expect(step['404']?.content?.['application/problem+json']).toBeDefined();
  });
});
