export * from './assessment-events';
export * from './city-assessment';
export * from './benefit-ledger';
