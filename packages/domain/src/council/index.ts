export * from './rule.js';
export * from './results.js';
export * from './scores.js';
