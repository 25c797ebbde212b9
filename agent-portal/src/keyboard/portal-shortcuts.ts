import type { ShortcutEntry } from './shortcut-registry';

/** Shortcuts that act anywhere outside a text field (wired in App.vue and SearchPanel.vue). */
export const GLOBAL_SHORTCUTS: readonly ShortcutEntry[] = [
  { keys: '/', labelKey: 'shortcuts.focusSearch' },
  { keys: '1–9', labelKey: 'shortcuts.openResult' },
  { keys: 'n', labelKey: 'shortcuts.newContact' },
  { keys: '?', labelKey: 'shortcuts.showHelp' },
  { keys: 'Esc', labelKey: 'shortcuts.closeResult' },
];

/** The search box's own keys (wired in SearchPanel.vue); they act while typing in it. */
export const SEARCH_SHORTCUTS: readonly ShortcutEntry[] = [
  { keys: '↓ ↑', labelKey: 'shortcuts.move' },
  { keys: '→ ←', labelKey: 'shortcuts.moveSuggestions' },
  { keys: 'Enter', labelKey: 'shortcuts.open' },
  { keys: 'Esc', labelKey: 'shortcuts.escape' },
  { keys: 'Tab', labelKey: 'shortcuts.tab' },
];
