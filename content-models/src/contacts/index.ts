export * from './vocabulary.js';
export * from './identity-code.js';
export * from './schemas.js';
export * from './casework-vocabulary.js';
export * from './casework.js';
