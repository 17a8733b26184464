export { planWorkflow } from './plan.workflow';
export { taskWorkflow } from './task.workflow';
