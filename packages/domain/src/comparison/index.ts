export * from './stats.js';
export * from './quota-totals.js';
export * from './plans.js';
export * from './boundaries.js';
export * from './country-map.js';
export * from './outcomes.js';
export * from './schemas.js';
