import type { ShortcutEntry } from '../keyboard';

/**
 * Shortcuts of the open view (service, instruction, protocol or guide). They act only while focus is not in a text
 * field and no modifier key is held.
 */
export const VIEW_SHORTCUTS: readonly ShortcutEntry[] = [
  { keys: 'c', labelKey: 'shortcuts.copyMode' },
  { keys: '1–9', labelKey: 'shortcuts.copyNumber' },
  { keys: 'Esc', labelKey: 'shortcuts.copyCancel' },
  { keys: 'f', labelKey: 'shortcuts.favourite' },
];
