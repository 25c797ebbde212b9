export * from './field.js';
export * from './content-type.js';
export * from './refine.js';
