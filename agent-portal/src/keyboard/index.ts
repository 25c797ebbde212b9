export {
  createShortcutRegistry,
  GROUP_LABEL_KEYS,
  SHORTCUT_GROUPS,
  SHORTCUT_REGISTRY_KEY,
  useShortcutRegistry,
  type ShortcutEntry,
  type ShortcutGroup,
  type ShortcutRegistry,
  type ShortcutSection,
} from './shortcut-registry';
export { GLOBAL_SHORTCUTS, SEARCH_SHORTCUTS } from './portal-shortcuts';
export { hasCommandModifier, isTypingTarget } from './typing-target';
