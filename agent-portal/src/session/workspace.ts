/**
 * The signed-in person's workspace as the portal sees it: favourites, and when they last opened each document (so
 * results and views can say "changed since you last opened it"). Kept in the api's store per person; one instance
 * per GraphQL client. Failures never disturb the agent: the list stays as it was.
 */
import { ref, shallowReactive, type Ref } from 'vue';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import type { Locale } from '../content/models';
import {
  addFavourite,
  fetchFavourites,
  fetchLastOpened,
  recordOpened,
  removeFavourite,
  type ContentType,
  type FavouriteView,
} from '../graphql/queries';
import { useGraphQLClient } from '../graphql/provide';

export interface FavouriteItem {
  type: ContentType;
  documentId: string;
  slug: string | null;
  title: string;
  locale: Locale;
}

export interface Workspace {
  readonly favourites: Ref<FavouriteView[]>;
  /** documentId → the content's updatedAt when the person last opened it. */
  readonly seen: Map<string, string>;
  loadFavourites(): Promise<void>;
  isFavourite(type: ContentType, documentId: string): boolean;
  toggleFavourite(item: FavouriteItem): Promise<void>;
  /** Learns when these documents were last opened. */
  loadSeen(documentIds: readonly string[]): Promise<void>;
  /** True when the person opened the document before and its content changed after that. */
  isChanged(documentId: string, updatedAt: string | null | undefined): boolean;
  /**
   * Records that the document is open now. Resolves whether it had changed since the last opening (asked first, so
   * a view can say so even when nothing was loaded before).
   */
  opened(type: ContentType, documentId: string, updatedAt: string): Promise<boolean>;
  /** Forgets everything (on sign-out: the next person at this browser must not see it). */
  reset(): void;
}

/** True when `updatedAt` is later than `seen` (both ISO timestamps). */
export function changedSince(seen: string | undefined, updatedAt: string | null | undefined): boolean {
  if (!seen || !updatedAt) return false;
  const a = Date.parse(updatedAt);
  const b = Date.parse(seen);
  return Number.isFinite(a) && Number.isFinite(b) && a > b;
}

export function createWorkspace(client: GraphQLClient): Workspace {
  const favourites = ref<FavouriteView[]>([]);
  const seen = shallowReactive(new Map<string, string>());
  const remember = (rows: { documentId: string; seenUpdatedAt: string }[]) => {
    for (const row of rows) seen.set(row.documentId, row.seenUpdatedAt);
  };
  const workspace: Workspace = {
    favourites,
    seen,
    async loadFavourites() {
      try {
        const list = await fetchFavourites(client);
        if (Array.isArray(list)) favourites.value = list;
      } catch {
        // Keep what is shown.
      }
    },
    isFavourite(type, documentId) {
      return favourites.value.some((f) => f.type === type && f.documentId === documentId);
    },
    async toggleFavourite(item) {
      const before = favourites.value;
      try {
        if (workspace.isFavourite(item.type, item.documentId)) {
          favourites.value = before.filter(
            (f) => !(f.type === item.type && f.documentId === item.documentId),
          );
          await removeFavourite(client, item.type, item.documentId);
        } else {
          const added = await addFavourite(client, item);
          favourites.value = [added, ...before.filter((f) => f.documentId !== added.documentId)];
        }
      } catch {
        favourites.value = before;
      }
    },
    async loadSeen(documentIds) {
      try {
        const rows = await fetchLastOpened(client, [...new Set(documentIds)].slice(0, 250));
        if (Array.isArray(rows)) remember(rows);
      } catch {
        // Without it no result is marked changed.
      }
    },
    isChanged(documentId, updatedAt) {
      return changedSince(seen.get(documentId), updatedAt);
    },
    async opened(type, documentId, updatedAt) {
      await workspace.loadSeen([documentId]);
      const changed = workspace.isChanged(documentId, updatedAt);
      try {
        const row = await recordOpened(client, type, documentId, updatedAt);
        if (row) remember([row]);
      } catch {
        // Best effort.
      }
      return changed;
    },
    reset() {
      favourites.value = [];
      seen.clear();
    },
  };
  return workspace;
}

const byClient = new WeakMap<GraphQLClient, Workspace>();

/** The workspace of the app's GraphQL client (one per client). */
export function useWorkspace(): Workspace {
  const client = useGraphQLClient();
  let workspace = byClient.get(client);
  if (!workspace) {
    workspace = createWorkspace(client);
    byClient.set(client, workspace);
  }
  return workspace;
}
