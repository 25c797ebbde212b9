import type { InjectionKey } from 'vue';

/** What the open view's keyboard shortcuts act on, filled in by the view's parts. */
export interface ViewActions {
  toggleFavourite: (() => Promise<void>) | undefined;
}

export const VIEW_ACTIONS_KEY: InjectionKey<ViewActions> = Symbol('neuvo-view-actions');
