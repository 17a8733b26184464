export * from './enterprise-lifecycle';
export * from './step-fields';
