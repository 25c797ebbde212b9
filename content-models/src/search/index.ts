export * from './index-names.js';
export * from './search-doc.js';
export * from './settings.js';
export * from './markdown.js';
export * from './sources.js';
export * from './mappers.js';
