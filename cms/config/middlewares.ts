import { getConfig } from '../src/env';

export default () => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Only the CMS's own URL and CMS_CORS_ORIGINS: Strapi's default ('*' with credentials) answers every origin
  // with its own name and `Access-Control-Allow-Credentials: true`.
  { name: 'strapi::cors', config: { origin: [...getConfig().corsOrigins], credentials: true } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
