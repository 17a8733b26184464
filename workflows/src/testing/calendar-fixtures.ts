import type { HolidayYear, TaskAssignment } from '@duban/domain';
import { DEFAULT_ESCALATION_POLICY } from '@duban/domain';

/**
 * A made-up "2027 notice" for the calendar specs (the State Council's real 2027 notice is not
 * assumed): 元旦 1–3 January; 春节 6–14 February, with Sunday 31 January and Saturday 20 February
 * worked. Against the provisional 2027 (春节 5–8 February from 除夕, 9–10 February given back, no
 * make-up days) it moves the red card of a task due Friday 2027-01-29 from 11 to 4 February.
 */
export const TEST_NOTICE_2027: HolidayYear = {
  year: 2027,
  notice: 'test notice 2027',
  periods: [
    { name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03', days: 3, workingWeekendDays: [] },
    { name: '春节', firstDay: '2027-02-06', lastDay: '2027-02-14', days: 9, workingWeekendDays: ['2027-01-31', '2027-02-20'] },
  ],
};

/** A FUTIAN task due Friday 2027-01-29, on the default ladder. */
export const taskDueBeforeSpringFestival = (taskId: string): TaskAssignment => ({
  taskId,
  planId: taskId.split('.')[0] as string,
  taskCode: 'T1',
  unit: 'FUTIAN',
  coUnits: [],
  title: '春节前完成的任务',
  titleEn: 'A task due before the Spring Festival',
  deliverable: '报告',
  due: '2027-01-29',
  escalation: DEFAULT_ESCALATION_POLICY,
  kind: 'task',
});
