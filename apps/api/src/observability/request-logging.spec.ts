import { requestIdOf, workflowIdOf } from './request-logging';

describe('requestIdOf', () => {
  it('keeps a well-formed caller id and refuses anything that could forge a log line', () => {
    expect(requestIdOf('4bf92f35-77b3-4da6-a3ce-929d0e0e4736')).toBe('4bf92f35-77b3-4da6-a3ce-929d0e0e4736');
    expect(requestIdOf(['lb:abc.1', 'second'])).toBe('lb:abc.1');
    expect(requestIdOf('two words')).toBeUndefined();
    expect(requestIdOf('a\n{"level":60}')).toBeUndefined();
    expect(requestIdOf('x'.repeat(129))).toBeUndefined();
    expect(requestIdOf('')).toBeUndefined();
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});

describe('workflowIdOf', () => {
  it('names the workflow a task, enterprise or plan route drives', () => {
    expect(workflowIdOf('/tasks/:taskId/submit', { taskId: 'p.T1.STIIC' })).toBe('task/p.T1.STIIC');
    expect(workflowIdOf('/enterprises/:id/steps/:step', { id: 'E-1', step: 'relocated' })).toBe('enterprise/E-1');
    expect(workflowIdOf('/plans/:planId', { planId: 'shenzhen-2009-98' })).toBe('plan/shenzhen-2009-98');
  });

  it('is undefined for other routes and unmatched requests', () => {
    expect(workflowIdOf('/tasks', {})).toBeUndefined();
    expect(workflowIdOf('/escalations/:id/acknowledge', { id: 'x' })).toBeUndefined();
    expect(workflowIdOf(undefined, { taskId: 'x' })).toBeUndefined();
  });
});
