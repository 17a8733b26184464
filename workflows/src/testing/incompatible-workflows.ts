// Test only: the bundle entry of `replay-negative.spec.ts`, with the incompatible task workflow
// under the real workflow type's name.
export { taskWorkflow } from './incompatible-task.workflow';
