/**
 * The contact log's vocabulary, identity-code checks and casework codes, free of zod, so a browser app (the agent
 * desktop's contact and casework forms) can label and check input without bundling the schemas
 * (`@neuvo/content-models/contact-log`). The api validates the same input with the schemas exported from the package
 * root.
 */
export * from './contacts/vocabulary.js';
export * from './contacts/identity-code.js';
export * from './contacts/casework-vocabulary.js';
