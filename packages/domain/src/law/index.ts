export * from './instruments.js';
export * from './departments.js';
export * from './issuer.js';
