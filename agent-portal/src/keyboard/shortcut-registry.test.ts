import { describe, expect, it } from 'vitest';
import { createShortcutRegistry, type ShortcutEntry } from './shortcut-registry';
import { isTypingTarget } from './typing-target';

describe('shortcut registry', () => {
  it('groups the lists in a fixed order, takes a view list as it is, and removes a list again', () => {
    const registry = createShortcutRegistry();
    // The shape a result view hands over: `{ keys, labelKey }[]`.
    const viewList: ShortcutEntry[] = [{ keys: 'c 1', labelKey: 'shortcuts.open' }];
    const removeView = registry.add('view', viewList);
    registry.add('global', [{ keys: '/', labelKey: 'shortcuts.focusSearch' }]);
    registry.add('global', [{ keys: '?', labelKey: 'shortcuts.showHelp' }]);
    expect(registry.sections.value).toEqual([
      {
        group: 'global',
        entries: [
          { keys: '/', labelKey: 'shortcuts.focusSearch' },
          { keys: '?', labelKey: 'shortcuts.showHelp' },
        ],
      },
      { group: 'view', entries: [{ keys: 'c 1', labelKey: 'shortcuts.open' }] },
    ]);
    removeView();
    removeView();
    expect(registry.sections.value.map((s) => s.group)).toEqual(['global']);
  });
});

describe('isTypingTarget', () => {
  it('is true for text fields and editable content, false for buttons, checkboxes and the page', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTypingTarget(make('<input type="search">'))).toBe(true);
    expect(isTypingTarget(make('<input>'))).toBe(true);
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<select></select>'))).toBe(true);
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make('<button>x</button>'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
