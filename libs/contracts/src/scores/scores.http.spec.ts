import { computeScores } from '@duban/domain';
import { buildOpenApiDocument } from '../http/openapi';
import { SCORE_OPERATIONS } from './scores.http';
import { scoresPageSchema } from './scores.dto';

// A page built the way the score query repository builds it: the domain's scores plus updatedAt.

const taskId = 'shenzhen-2009-98.T4.FUTIAN';
const at = (sequence: number, type: string, time: string, data: Record<string, unknown>) => ({ id: `${taskId}#${sequence}`, type, subject: taskId, time, sequence, data });

describe('score answers', () => {
  const scores = computeScores([
    at(1, 'duban.task.assigned.v1', '2009-06-01T01:00:00.000Z', {
      taskId,
      planId: 'shenzhen-2009-98',
      taskCode: 'T4',
      unit: 'FUTIAN',
      coUnits: [],
      title: '招商引资',
      due: '2009-06-30',
      deadline: '2009-06-30T23:59:59.999+08:00',
      kind: 'task',
    }),
    at(2, 'duban.escalation.raised.v1', '2009-07-01T01:00:00.000Z', {
      escalationId: `${taskId}~0~yellow`,
      taskId,
      unit: 'FUTIAN',
      coUnits: [],
      level: 'yellow',
      due: '2009-06-30',
      deadline: '2009-06-30T23:59:59.999+08:00',
      overdueWorkingDays: 0,
      repeat: 0,
      notify: ['FUTIAN', 'DUCHA'],
    }),
  ]);

  it('GET /scores: a page of unit-year scores with their items', () => {
    const page = { items: scores.map((s) => ({ ...s, updatedAt: '2009-07-01T01:00:01.000Z' })), total: scores.length, limit: 200, offset: 0 };
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0]?.items.length).toBeGreaterThan(0);
    expect(scoresPageSchema.parse(page)).toEqual(page);
  });

  it('refuses a score without updatedAt, a fractional year, or an item of an unknown rule', () => {
    const [score] = scores;
    if (!score) throw new Error('no score computed');
    const item = { eventId: 'e', type: 'duban.escalation.raised.v1', subject: taskId, time: '2009-07-01T01:00:00.000Z', rule: 'participation', points: 0, reason: 'x' };
    expect(scoresPageSchema.safeParse({ items: [score], total: 1, limit: 200, offset: 0 }).success).toBe(false);
    expect(scoresPageSchema.safeParse({ items: [{ ...score, year: 2009.5, updatedAt: '2009-07-01T01:00:01.000Z' }], total: 1, limit: 200, offset: 0 }).success).toBe(false);
    expect(scoresPageSchema.safeParse({ items: [{ ...score, items: [item], updatedAt: '2009-07-01T01:00:01.000Z' }], total: 1, limit: 200, offset: 0 }).success).toBe(false);
  });

  it('documents GET /scores with its page schema and problem+json errors', () => {
    const doc = buildOpenApiDocument(Object.values(SCORE_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(doc.paths?.['/scores']?.get?.responses?.['200']?.content?.['application/json']?.schema).toBeDefined();
    expect(doc.paths?.['/scores']?.get?.responses?.['403']?.content?.['application/problem+json']).toBeDefined();
  });
});
