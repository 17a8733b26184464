import { TASK_OPERATIONS } from '../tasks/tasks.http';
import { requestOf } from './typed-request';

describe('requestOf', () => {
  it('fills and escapes path parameters, and appends the query', () => {
    expect(requestOf(TASK_OPERATIONS.waiveContribution, { params: { taskId: 'p.T1/x', unit: 'STIIC' }, body: { reason: 'r' } })).toEqual({
      method: 'POST',
      path: '/tasks/p.T1%2Fx/contributions/STIIC/waive',
      body: { reason: 'r' },
    });
    expect(requestOf(TASK_OPERATIONS.listTasks, { query: { planId: 'p', overdue: true, cursor: undefined } })).toEqual({ method: 'GET', path: '/tasks?planId=p&overdue=true' });
  });

  it('refuses a call without a path parameter', () => {
    expect(() => requestOf(TASK_OPERATIONS.viewTask, { params: {} as { taskId: string } })).toThrow('path parameter taskId is missing');
  });
});
