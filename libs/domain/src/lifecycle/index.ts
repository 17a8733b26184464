export * from './enterprise-lifecycle';
