import type { Locale } from '@neuvo/content-models';
import { DomainError, isApiErrorCode, type ApiErrorCode } from '@neuvo/content-models/errors';
import type { GuideSummary, SiteGuide } from './guide-types.js';

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

export const GUIDES_QUERY = /* GraphQL */ `
  query SiteGuides($locale: Locale!) {
    guides(locale: $locale) {
      slug
      title
      summary
      locale
    }
  }
`;

export const GUIDE_QUERY = /* GraphQL */ `
  query SiteGuide($slug: String!, $locale: Locale!) {
    selfCareGuide(slug: $slug, locale: $locale) {
      slug
      locale
      title
      summary
      body
      whenToSeekCare
      lastReviewed
      nextReview
      sources {
        title
        url
      }
      relatedGuides {
        slug
        title
      }
    }
  }
`;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export interface GraphQLGuideSourceOptions {
  apiUrl: string;
  fetch?: typeof fetch;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
}

/** A {@link GuideSource} that asks the api over GraphQL (as a citizen: no agent key). */
export function createGraphQLGuideSource(options: GraphQLGuideSourceOptions): GuideSource {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;

  async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(options.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason =
        cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
      throw new ApiUnreachableError(
        `Cannot reach the Neuvo api at ${options.apiUrl} (${reason}). Start it (npm start, or ` +
          `npm run start -w @neuvo/api) or point API_URL at a running api.`,
        { cause: error },
      );
    }
    let body: GraphQLBody<T>;
    try {
      body = (await response.json()) as GraphQLBody<T>;
    } catch (error) {
      throw new ApiResponseError(
        `The api at ${options.apiUrl} answered HTTP ${response.status} without a GraphQL response`,
        undefined,
        { cause: error },
      );
    }
    const first = body.errors?.[0];
    if (first) {
      throw new ApiResponseError(first.message ?? 'GraphQL error', first.extensions?.code, {
        cause: body.errors,
      });
    }
    if (!body.data) {
      throw new ApiResponseError(`The api answered HTTP ${response.status} without data`, undefined);
    }
    return body.data;
  }

  return {
    async guides(locale) {
      const data = await request<{ guides: GuideSummary[] }>(GUIDES_QUERY, { locale });
      return data.guides;
    },
    async guide(slug, locale) {
      try {
        const data = await request<{ selfCareGuide: SiteGuide | null }>(GUIDE_QUERY, { slug, locale });
        return data.selfCareGuide;
      } catch (error) {
        if (error instanceof ApiResponseError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
  };
}
