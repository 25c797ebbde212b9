import {
  createGraphQLClient,
  GraphQLRequestError,
  SiteGuideDocument,
  SiteGuidesDocument,
  type SiteGuideQuery,
  type SiteGuidesQuery,
} from '@neuvo/graphql-contract';
import type { Locale } from '@neuvo/content-models';
import { DomainError, isApiErrorCode, type ApiErrorCode } from '@neuvo/content-models/errors';

/**
 * A guide in the `guides(locale)` list. Its `locale` is that of the text: the api returns Finnish for guides not
 * translated into the requested locale. Generated from `graphql-contract/operations/public-site.graphql`.
 */
export type GuideSummary = SiteGuidesQuery['guides'][number];
/** A full guide as the site queries it (`body` is Markdown, the review dates ISO dates). */
export type SiteGuide = NonNullable<SiteGuideQuery['selfCareGuide']>;

/** Where the site gets its guides from. */
export interface GuideSource {
  /** Guides listed for a locale (may include Finnish fallbacks: check `locale`). */
  guides(locale: Locale): Promise<GuideSummary[]>;
  /** One guide; `null` when the api does not know the slug. */
  guide(slug: string, locale: Locale): Promise<SiteGuide | null>;
}

/** The api could not be reached at all (connection refused, DNS, timeout). */
export class ApiUnreachableError extends DomainError {
  override readonly name: string = 'ApiUnreachableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('UPSTREAM_UNAVAILABLE', message, options);
  }
}

/**
 * The api answered with a GraphQL error (its `extensions.code`, one of the closed list) or with something that is
 * not a GraphQL answer (`UPSTREAM_UNAVAILABLE`).
 */
export class ApiResponseError extends DomainError {
  override readonly name: string = 'ApiResponseError';
  declare readonly code: ApiErrorCode;
  constructor(message: string, code: unknown, options?: { cause?: unknown }) {
    super(isApiErrorCode(code) ? code : 'UPSTREAM_UNAVAILABLE', message, options);
  }
}

export interface GraphQLGuideSourceOptions {
  apiUrl: string;
  fetch?: typeof fetch;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
}

/** Why `fetch` failed, as Node reports it (`ECONNREFUSED`, `ENOTFOUND`, …) or the error's own message. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A {@link GuideSource} that asks the api over GraphQL (as a citizen: anonymous, no staff session). */
export function createGraphQLGuideSource(options: GraphQLGuideSourceOptions): GuideSource {
  const client = createGraphQLClient({
    apiUrl: options.apiUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 20_000,
  });

  /** The build's own errors, whose messages tell the person running it what to do. */
  function translate(error: unknown): Error {
    if (!(error instanceof GraphQLRequestError))
      return error instanceof Error ? error : new Error(String(error));
    if (error.code === 'NETWORK') {
      return new ApiUnreachableError(
        `Cannot reach the Neuvo api at ${options.apiUrl} (${reasonOf(error.cause)}). Start it (npm start, or ` +
          `npm run start -w @neuvo/api) or point API_URL at a running api.`,
        { cause: error },
      );
    }
    return new ApiResponseError(error.message, error.code, { cause: error });
  }

  return {
    async guides(locale) {
      try {
        return (await client.request(SiteGuidesDocument, { locale })).guides;
      } catch (error) {
        throw translate(error);
      }
    },
    async guide(slug, locale) {
      try {
        return (await client.request(SiteGuideDocument, { slug, locale })).selfCareGuide;
      } catch (error) {
        if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
        throw translate(error);
      }
    },
  };
}
