import { TASK_ID_PATTERN, parseTaskId, subtaskId, taskId } from './ids';

describe('task ids', () => {
  it('reads a task id, its responsible unit the last segment', () => {
    expect(parseTaskId(taskId('shenzhen-2009-98', 'T4', 'FUTIAN'))).toEqual({ planId: 'shenzhen-2009-98', taskCode: 'T4', unitCode: 'FUTIAN' });
  });

  it('reads a sub-task id (逐级落实): the department is the responsible unit, the district its parent', () => {
    const id = subtaskId('shenzhen-2009-98.T4.FUTIAN', 'FUTIAN_ECON');
    expect(id).toBe('shenzhen-2009-98.T4.FUTIAN.FUTIAN_ECON');
    expect(parseTaskId(id)).toEqual({ planId: 'shenzhen-2009-98', taskCode: 'T4', unitCode: 'FUTIAN_ECON', parentUnitCode: 'FUTIAN' });
  });

  it('refuses anything else, a sub-task of a sub-task included (one level only)', () => {
    for (const id of ['shenzhen-2009-98.T4', 'shenzhen-2009-98.T4.FUTIAN.FUTIAN_ECON.TEAM', 'Shenzhen.T4.FUTIAN', 'shenzhen-2009-98.T4.futian']) {
      expect({ id, parsed: parseTaskId(id), matches: TASK_ID_PATTERN.test(id) }).toEqual({ id, parsed: undefined, matches: false });
    }
  });
});
