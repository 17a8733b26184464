export * from './plan';
export * from './calendar';
