export * from './wait-for';
export * from './app-process';
export * from './api-client';
export * from './openapi-contract';
export * from './workflow-testing';
export * from './consumer-groups';
export * from './sample-enterprises';
export * from './recorded-history';
