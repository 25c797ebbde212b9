/**
 * @neuvo/node-kit: what the Node services (cms tools, search-indexer, api, scripts) share beyond content. The HTTP
 * agent and client, the one logger shape, the search-key derivation and the Strapi query encoding. It imports only
 * `@neuvo/content-models`; the browser apps may not import it.
 */
export { meiliHttpClient, nodeFetch, unwrapMeiliError } from './http.js';
export {
  LOG_FORMATS,
  LOG_LEVELS,
  createLogger,
  describeError,
  memoryLogger,
  silentLogger,
} from './logger.js';
export type { LogFields, LogFormat, LogLevel, LoggedEvent, Logger, LoggerOptions } from './logger.js';
export { searchKeyFor } from './search-key.js';
export { encodeStrapiQuery } from './strapi-query.js';
export type { StrapiQuery, StrapiQueryValue } from './strapi-query.js';
export { StrapiRestError, createStrapiRest } from './strapi-rest.js';
export type { StrapiRest, StrapiRestOptions } from './strapi-rest.js';
