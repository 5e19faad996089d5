export * from './rule.js';
export * from './results.js';
