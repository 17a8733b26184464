export * from './industries.data';
export * from './enterprise.schema';
export * from './evaluation-index';
export * from './classifier';
export * from './park.schema';
export * from './parks.data';
export * from './destination-matching';
export * from './enterprise-csv';
