export * from './models.js';
export * from './format.js';
export { render, PARTIAL_NAMES, TEMPLATES_DIR, type RenderOptions, type TemplateOverrides } from './render.js';
export { toPdf, closeBrowser } from './pdf.js';
export { toDocx } from './docx.js';
export { toXlsx, toCsv, type Column, type SheetOptions } from './tables.js';
export { certificateFor, certificatesFor, certificateTitle } from './certificates.js';
export { legalBasesFor, outdatedNote, planReference, OUTDATED_DECREES } from './law.js';
export * from './examples.js';
