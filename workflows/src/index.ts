export { planWorkflow } from './plan.workflow';
export { taskWorkflow } from './task.workflow';
export { briefRoundWorkflow } from './brief-round.workflow';
export { enterpriseWorkflow } from './enterprise.workflow';
export { calendarWorkflow } from './calendar.workflow';
