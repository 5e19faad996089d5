export { DocumentsController } from './documents.controller.js';
export { DocumentsService } from './documents.service.js';
export { JobsService } from './jobs.service.js';
export { ListExportsService } from './list-exports.service.js';
