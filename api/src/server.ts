import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createLogger, describeError, type Logger } from '@neuvo/node-kit';
import type { ApiConfig } from './config.js';
import { contentRoleOf, type ApiContext, type Services } from './context.js';
import { createCmsClient } from './cms-client.js';
import { withSearchAnalytics } from './domains/analytics/recording-search.js';
import { createSearchAnalytics, type SearchAnalytics } from './domains/analytics/service.js';
import { startSearchAnalyticsRetention } from './domains/analytics/retention.js';
import { createAnalyticsStore } from './domains/analytics/store.js';
import { AuthRefusal, createStaffAuth, type StaffAuth } from './domains/auth/endpoints.js';
import { createOidcClient } from './domains/auth/oidc.js';
import { ANONYMOUS } from './domains/auth/roles.js';
import { createSessionStore } from './domains/auth/session-store.js';
import { createIdentityCrypto } from './domains/contacts/identity-crypto.js';
import { startContactUpkeep, type ContactUpkeep } from './domains/contacts/retention.js';
import { createContactService } from './domains/contacts/service.js';
import { createContactStore } from './domains/contacts/store.js';
import { createReasonCategoryService } from './domains/contacts/reason-categories.js';
import { createCaseworkService } from './domains/casework/service.js';
import { createCaseworkStore } from './domains/casework/store.js';
import { createTriageService } from './domains/triage/service.js';
import { createTriageStore } from './domains/triage/store.js';
import { createFeedbackService } from './domains/feedback/service.js';
import { createFeedbackStore } from './domains/feedback/store.js';
import { createGuideViewService } from './domains/guide-views/service.js';
import { createGuideViewStore } from './domains/guide-views/store.js';
import { createContentService } from './domains/content/service.js';
import { createLocalHelpService } from './domains/local-help/service.js';
import { createRegionService } from './domains/regions/service.js';
import { openDatabase } from './db/database.js';
import { createWorkspaceStore } from './domains/workspace/store.js';
import { createQueryAnalysis } from './domains/search/analysis.js';
import { createSearchCache } from './domains/search/index-watch.js';
import { createSearchService } from './domains/search/service.js';
import { createFormatError, rateLimitedError, requestScope } from './errors.js';
import { DomainError, toApiErrorCode } from './models.js';
import { clientAddress, clientKey, createRateLimiter } from './rate-limit.js';
import { resolvers, typeDefs } from './schema.js';
import {
  DEFAULT_QUERY_LIMITS,
  operationCost,
  queryLimitsRule,
  type QueryLimits,
} from './validation-rules.js';

/** A running api. */
export interface Api {
  /** Base URL, e.g. `http://127.0.0.1:4000`; GraphQL is at `${url}/graphql`. */
  readonly url: string;
  /** Stops accepting requests, finishes the ones in flight and shuts Apollo down. */
  stop(): Promise<void>;
}

export interface CreateApiOptions {
  /** Where log lines go; defaults to JSON lines on stderr (warnings and errors only under NODE_ENV=test). */
  readonly logger?: Logger;
  /** Operation shape limits; defaults to {@link DEFAULT_QUERY_LIMITS} with `API_MAX_OPERATION_COST`. */
  readonly limits?: QueryLimits;
  /** How often search analytics are written (default 1000 ms). */
  readonly analyticsFlushIntervalMs?: number;
}

const MAX_BODY_BYTES = 64 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
const ALLOWED_HEADERS = 'content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name';
const AUTH_PATHS = new Set(['/auth/login', '/auth/callback', '/auth/logout']);

/** A request refused before GraphQL: `status` is the HTTP answer, `code` what the client gets in `extensions.code`. */
class HttpError extends DomainError {
  override readonly name: string = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED', message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the api in this process: node:http routing `/health` itself and handing `/graphql` to
 * Apollo Server. Listens on `config.host:config.port` (port 0 picks a free port, handy in tests).
 */
export async function createApi(config: ApiConfig, options: CreateApiOptions = {}): Promise<Api> {
  const logger =
    options.logger ??
    createLogger({
      service: 'api',
      level: config.nodeEnv === 'test' ? 'warn' : 'info',
      format: config.logFormat,
    });
  const production = config.nodeEnv === 'production';

  // Migrations run before the api listens: a store that cannot be opened or migrated stops the start.
  const database = await openDatabase(config.database);
  const analyticsStore = createAnalyticsStore(database.db);
  const analytics: SearchAnalytics = createSearchAnalytics({
    store: analyticsStore,
    logger,
    ...(options.analyticsFlushIntervalMs !== undefined
      ? { flushIntervalMs: options.analyticsFlushIntervalMs }
      : {}),
  });

  const contactStore = createContactStore(database.db);
  const identityCrypto = config.contacts.keys ? createIdentityCrypto(config.contacts.keys) : null;
  if (!identityCrypto)
    logger.warn('contact_log_disabled', {
      reason: 'set CONTACT_ENCRYPTION_KEYS and CONTACT_INDEX_KEY to turn the contact log on',
    });
  const cms = createCmsClient({ baseUrl: config.cmsUrl, token: config.cmsReadToken, logger });
  const reasonCategories = createReasonCategoryService({
    cms,
    logger,
    cacheTtlMs: config.contactReasonsCacheTtlMs,
  });
  const contacts = createContactService({
    store: contactStore,
    crypto: identityCrypto,
    reasonCategories,
    logger,
  });
  const casework = createCaseworkService({
    store: createCaseworkStore(database.db),
    contactStore,
    contacts,
    crypto: identityCrypto,
    rules: config.casework,
    logger,
  });

  // Polls Meilisearch's finished batches (SEARCH_CACHE_POLL_MS) from here on; stopped by every exit path below.
  const searchCache = createSearchCache({
    meiliUrl: config.meiliUrl,
    meiliSearchKey: config.meiliSearchKey,
    entries: config.searchCacheEntries,
    pollMs: config.searchCachePollMs,
    logger,
  });
  // Content reads are dropped when the search indexes change too (the indexer applied a CMS change), not only after
  // their TTL; without the watch (SEARCH_CACHE_ENTRIES=0) the TTL alone applies.
  const contentGeneration = searchCache ? { generation: searchCache.watch } : {};
  const content = createContentService({ cms, cacheTtlMs: config.contentCacheTtlMs, ...contentGeneration });
  const triage = createTriageService({
    store: createTriageStore(database.db),
    contactStore,
    contacts,
    content,
    crypto: identityCrypto,
    logger,
  });
  const regions = createRegionService({ cms, logger, cacheTtlMs: config.regionsCacheTtlMs });
  const services: Services = {
    logger,
    analytics,
    contacts,
    reasonCategories,
    casework,
    search: withSearchAnalytics(
      createSearchService({
        meiliUrl: config.meiliUrl,
        meiliSearchKey: config.meiliSearchKey,
        logger,
        analysis: createQueryAnalysis(config, logger),
        ...(searchCache ? { cache: searchCache.cache } : {}),
      }),
      analytics,
    ),
    content,
    triage,
    feedback: createFeedbackService({ store: createFeedbackStore(database.db), content }),
    guideViews: createGuideViewService({ store: createGuideViewStore(database.db), content }),
    regions,
    localHelp: createLocalHelpService({
      cms,
      regions,
      cacheTtlMs: config.contentCacheTtlMs,
      ...contentGeneration,
    }),
    workspace: createWorkspaceStore(database.db),
  };
  // The api's own address is known once it listens; the callback URL defaults to it outside production.
  let url = '';
  const staffAuth: StaffAuth | null = config.auth
    ? createStaffAuth({
        auth: config.auth,
        store: createSessionStore(database.db, {
          idleMs: config.auth.sessionIdleMs,
          maxMs: config.auth.sessionMaxMs,
        }),
        oidc: createOidcClient(config.auth),
        logger,
        apiUrl: () => url,
      })
    : null;
  const portalOrigin = config.auth?.portalOrigin;
  const rateLimiter = createRateLimiter(config.rateLimit, logger);
  const limits: QueryLimits = {
    ...(options.limits ?? DEFAULT_QUERY_LIMITS),
    maxCost: options.limits?.maxCost ?? config.maxOperationCost,
  };

  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    nodeEnv: config.nodeEnv,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    validationRules: [queryLimitsRule(limits)],
    formatError: createFormatError(logger),
    // Refuses GETs and non-JSON POSTs that a browser could send cross-site without a preflight (on by default in
    // Apollo Server 5; stated because the session cookie relies on it together with SameSite and the Origin check).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    stopOnTerminationSignals: false,
    logger: {
      debug: () => {},
      info: () => {},
      warn: (message: unknown) => logger.warn('apollo_warning', { message: String(message) }),
      error: (message: unknown) => logger.error('apollo_error', { message: String(message) }),
    },
    // Every response is `cache-control: no-store` (set in `handle`): Apollo's cache-control plugin would only compute
    // per-field cache hints nobody reads, on every field of every search hit.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // Charges the client what its operation costs once it is known to be valid, before anything runs.
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document, operation }) {
              const points = Math.max(1, operation ? operationCost(document, operation) : 0);
              const verdict = await rateLimiter.consume(contextValue.role, contextValue.client, points);
              if (!verdict.allowed) {
                logger.warn('rate_limited', { requestId: contextValue.requestId, role: contextValue.role });
                throw rateLimitedError(verdict.retryAfterSeconds);
              }
            },
            // A document that does not parse or validate costs a point too, so sending invalid (possibly large)
            // documents is not free; the client is then refused before parsing once its budget is spent.
            async didEncounterErrors({ contextValue, operation }) {
              if (operation) return;
              await rateLimiter.consume(contextValue.role, contextValue.client, 1);
            },
          };
        },
      },
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  try {
    await rateLimiter.connect();
    await apollo.start();
  } catch (error) {
    await rateLimiter.stop();
    await searchCache?.stop();
    await analytics.stop();
    await database.destroy();
    throw error;
  }

  const allowOrigin = (origin: string): boolean =>
    origin === portalOrigin ||
    (config.corsOrigins === null ? LOCAL_ORIGIN.test(origin) : config.corsOrigins.includes(origin));

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    // Before the body is read: a request with a dead session or from a foreign origin goes no further.
    const viewer = staffAuth ? await staffAuth.viewerOf(req) : ANONYMOUS;
    const role = contentRoleOf(viewer);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (method === 'POST') {
      const raw = await readBody(req);
      const contentType = headers.get('content-type') ?? '';
      if (contentType.toLowerCase().startsWith('application/json')) {
        try {
          body = raw === '' ? undefined : JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON.');
        }
      } else {
        body = raw;
      }
    }
    const url = new URL(req.url ?? '/', 'http://api.invalid');
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body };
    const client = clientKey(viewer, clientAddress(req, config.trustProxyHops));
    const verdict = await rateLimiter.check(role, client);
    if (!verdict.allowed) {
      logger.warn('rate_limited', { requestId, role });
      const message = `Too many requests. Try again in ${verdict.retryAfterSeconds} s.`;
      res.setHeader('retry-after', String(verdict.retryAfterSeconds));
      sendJson(res, 429, {
        errors: [
          { message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: verdict.retryAfterSeconds } },
        ],
      });
      return;
    }

    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => ({ role, viewer, client, requestId, services }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');

    const origin = req.headers.origin;
    if (origin !== undefined) {
      res.setHeader('vary', 'Origin');
      if (allowOrigin(origin)) {
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('access-control-expose-headers', 'x-request-id');
        // Cookies (the staff session) only from the portal; the public site's origin gets no credentials.
        if (origin === portalOrigin) res.setHeader('access-control-allow-credentials', 'true');
      }
    }

    const path = new URL(req.url ?? '/', 'http://api.invalid').pathname;
    const method = (req.method ?? 'GET').toUpperCase();

    if (method === 'OPTIONS' && (path === '/graphql' || path === '/health' || AUTH_PATHS.has(path))) {
      if (origin !== undefined && allowOrigin(origin)) {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
        res.setHeader('access-control-max-age', '600');
      }
      res.statusCode = 204;
      res.end();
      return;
    }

    if (path === '/health') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'Use GET.');
      // Counters only (no queries): the search cache's hit rate, and whether it is serving (`generation` non-null).
      const cache = searchCache
        ? { ...searchCache.cache.stats(), generation: searchCache.watch.current() }
        : { off: true };
      sendJson(res, 200, { status: 'ok', service: 'api', searchCache: cache });
      return;
    }

    if (path === '/graphql') {
      if (method !== 'GET' && method !== 'POST') throw new HttpError(405, 'Use GET or POST.');
      await handleGraphql(req, res, requestId);
      return;
    }

    if (AUTH_PATHS.has(path)) {
      if (staffAuth === null)
        throw new HttpError(404, 'Sign-in is not configured on this api (set OIDC_ISSUER).');
      await staffAuth.handle(req, res, path, method);
      return;
    }

    throw new HttpError(404, 'Not found. GraphQL is served at /graphql.');
  }

  const server = createServer((req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    requestScope.run({ requestId }, () => {
      handle(req, res, requestId).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (!(error instanceof HttpError) && !(error instanceof AuthRefusal))
          logger.error('http_internal_error', { requestId, ...describeError(error) });
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof AuthRefusal) {
          if (error.setCookies.length > 0) res.setHeader('set-cookie', [...error.setCookies]);
          sendJson(res, error.status, {
            errors: [{ message: error.message, extensions: { code: error.code } }],
          });
          return;
        }
        if (status === 405) res.setHeader('allow', 'GET, POST, OPTIONS');
        const code = error instanceof HttpError ? toApiErrorCode(error.code) : 'INTERNAL';
        const message =
          error instanceof HttpError
            ? error.message
            : `Internal error. Quote reference ${requestId} when reporting it.`;
        sendJson(res, status, {
          errors: [{ message, extensions: { code, ...(code === 'INTERNAL' ? { requestId } : {}) } }],
        });
      });
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    await rateLimiter.stop();
    await searchCache?.stop();
    await analytics.stop();
    await database.destroy();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;
  logger.info('api_started', { url, nodeEnv: config.nodeEnv });
  // Purges at once (in the background: a large first purge must not hold up the start), then daily.
  const retention = startSearchAnalyticsRetention({
    store: analyticsStore,
    logger,
    retentionDays: config.searchAnalyticsRetentionDays,
  });
  // Deletes contacts past CONTACT_RETENTION_DAYS and re-encrypts identity codes under an older key, now and daily.
  const contactUpkeep: ContactUpkeep | null = identityCrypto
    ? startContactUpkeep({
        store: contactStore,
        crypto: identityCrypto,
        logger,
        retentionDays: config.contacts.retentionDays,
      })
    : null;

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Requests still running after the grace period are cut off.
          setTimeout(() => server.closeAllConnections(), 5000).unref();
        });
        await apollo.stop();
        await rateLimiter.stop();
        await searchCache?.stop();
        await retention.stop();
        await contactUpkeep?.stop();
        await analytics.stop();
        await database.destroy();
      })();
      return stopping;
    },
  };
}
