import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { GraphQLRequestError } from '@neuvo/graphql-contract';
import type { Page } from './casework-queries';
import { asRequestError } from './form-errors';

/** A list the api answers a page at a time, loaded again from its first page when asked. */
export interface PagedList<T> {
  readonly items: ShallowRef<readonly T[]>;
  readonly nextCursor: Ref<string | null>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<GraphQLRequestError | undefined>;
  /** The first page again (after a filter change or a conflict). */
  reload(): Promise<void>;
  /** Appends the next page. */
  more(): Promise<void>;
  /** Takes an item off the list (done, started): it is no longer what the list shows. */
  remove(predicate: (item: T) => boolean): void;
}

/** Pages of `fetchPage(after)`; a late answer to an older reload is dropped. */
export function usePagedList<T>(fetchPage: (after: string | null) => Promise<Page<T>>): PagedList<T> {
  const items = shallowRef<readonly T[]>([]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);
  const error = ref<GraphQLRequestError>();
  let latest = 0;

  async function load(after: string | null): Promise<void> {
    const request = ++latest;
    loading.value = true;
    error.value = undefined;
    try {
      const page = await fetchPage(after);
      if (request !== latest) return;
      items.value = after === null ? page.items : [...items.value, ...page.items];
      nextCursor.value = page.nextCursor;
    } catch (e) {
      if (request !== latest) return;
      if (after === null) items.value = [];
      error.value = asRequestError(e);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  return {
    items,
    nextCursor,
    loading,
    error,
    reload: () => load(null),
    more: () => (nextCursor.value === null ? Promise.resolve() : load(nextCursor.value)),
    remove(predicate) {
      items.value = items.value.filter((item) => !predicate(item));
    },
  };
}
