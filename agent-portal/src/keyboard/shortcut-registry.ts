import { inject, shallowRef, type InjectionKey, type ShallowRef } from 'vue';
import type { MessageKey } from '../i18n';

/**
 * One keyboard shortcut as the `?` overlay lists it: the keys as shown (`/`, `Esc`, `c 1`) and the message key of
 * what they do. Lists of this shape come from each part of the portal (search, result views), so the overlay
 * always lists what is really wired.
 */
export interface ShortcutEntry {
  readonly keys: string;
  readonly labelKey: MessageKey;
}

/** Where a shortcut acts; the overlay lists the groups in this order. */
export const SHORTCUT_GROUPS = ['global', 'search', 'view'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/** The message key of a group's heading. */
export const GROUP_LABEL_KEYS: Readonly<Record<ShortcutGroup, MessageKey>> = {
  global: 'shortcuts.group.global',
  search: 'shortcuts.group.search',
  view: 'shortcuts.group.view',
};

export interface ShortcutSection {
  readonly group: ShortcutGroup;
  readonly entries: readonly ShortcutEntry[];
}

/** The shortcuts of the portal, by group; reactive, so the overlay follows what is added and removed. */
export interface ShortcutRegistry {
  /** The groups that have shortcuts, in {@link SHORTCUT_GROUPS} order, each with its entries in the order added. */
  readonly sections: Readonly<ShallowRef<readonly ShortcutSection[]>>;
  /** Adds a list (e.g. a view's `{ keys, labelKey }[]`) to a group; returns a function that removes it again. */
  add(group: ShortcutGroup, entries: readonly ShortcutEntry[]): () => void;
}

export function createShortcutRegistry(): ShortcutRegistry {
  const lists: Array<{ group: ShortcutGroup; entries: readonly ShortcutEntry[] }> = [];
  const sections = shallowRef<readonly ShortcutSection[]>([]);
  const rebuild = () => {
    sections.value = SHORTCUT_GROUPS.map((group) => ({
      group,
      entries: lists.filter((list) => list.group === group).flatMap((list) => list.entries),
    })).filter((section) => section.entries.length > 0);
  };
  return {
    sections,
    add(group, entries) {
      const list = { group, entries: [...entries] };
      lists.push(list);
      rebuild();
      return () => {
        const index = lists.indexOf(list);
        if (index < 0) return;
        lists.splice(index, 1);
        rebuild();
      };
    },
  };
}

export const SHORTCUT_REGISTRY_KEY: InjectionKey<ShortcutRegistry> = Symbol('neuvo-shortcuts');

/** The app's registry (provided by App.vue); a private one when none is provided, e.g. a component test. */
export function useShortcutRegistry(): ShortcutRegistry {
  return inject(SHORTCUT_REGISTRY_KEY, () => createShortcutRegistry(), true);
}
