export { ComparisonController } from './comparison.controller.js';
export { ComparisonService } from './comparison.service.js';
