import { GraphQLRequestError, type GraphQLClient, type RequestOptions } from '@neuvo/graphql-contract';
import { onScopeDispose, shallowRef, watch, type ShallowRef } from 'vue';
import { useGraphQLClient } from '../graphql/provide';
import { useI18n } from '../i18n';
import { LatestOnly } from '../search/latest-only';
import type { Locale } from './models';

export type LoadState<T> =
  { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'error'; error: GraphQLRequestError };

/**
 * Loads one piece of content for a view, again whenever its reference or language changes; only the latest
 * answer is shown. A `null` answer is NOT_FOUND. `contentLocale` names another language than the interface's (a
 * hit found in the other national language).
 */
export function useContent<T>(
  ref: () => string,
  fetch: (client: GraphQLClient, ref: string, locale: Locale, options: RequestOptions) => Promise<T | null>,
  contentLocale: () => Locale | undefined = () => undefined,
): { state: ShallowRef<LoadState<T>>; reload: () => Promise<void> } {
  const client = useGraphQLClient();
  const { locale } = useI18n();
  const state = shallowRef<LoadState<T>>({ status: 'loading' });
  const latest = new LatestOnly();
  onScopeDispose(() => latest.cancel());

  async function reload(): Promise<void> {
    state.value = { status: 'loading' };
    const outcome = await latest.run((signal) =>
      fetch(client, ref(), contentLocale() ?? locale.value, { signal }),
    );
    if (outcome.status === 'stale') return;
    if (outcome.status === 'fulfilled') {
      state.value =
        outcome.value !== null && outcome.value !== undefined
          ? { status: 'loaded', value: outcome.value }
          : { status: 'error', error: new GraphQLRequestError('NOT_FOUND', 'Content not found') };
    } else {
      state.value = {
        status: 'error',
        error:
          outcome.error instanceof GraphQLRequestError
            ? outcome.error
            : new GraphQLRequestError('INTERNAL', 'Loading the content failed', { cause: outcome.error }),
      };
    }
  }
  watch([ref, contentLocale, locale], reload, { immediate: true });
  return { state, reload };
}
