/**
 * `@neuvo/api`: the Apollo GraphQL api. Import `createApi` + `loadConfig` to run it in-process
 * (tests, scripts); `src/main.ts` runs it as a process.
 */
export { createApi, type Api, type CreateApiOptions } from './server.js';
export { loadConfig, ConfigError, type ApiConfig } from './config.js';
export { API_ERROR_CODES, type ApiErrorCode } from './errors.js';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './validation-rules.js';
export { typeDefs } from './schema.js';
export type { Role } from './context.js';
export {
  STAFF_ROLES,
  PERMISSIONS,
  can,
  type StaffRole,
  type Permission,
  type StaffIdentity,
  type Viewer,
} from './domains/auth/roles.js';
