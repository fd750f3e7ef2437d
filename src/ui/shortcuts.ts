import { useEffect, useRef } from 'preact/hooks';

// The options page's keyboard: Ctrl+S saves, / or Ctrl+K goes to the search box, Alt+↓ / Alt+↑ open the next and
// previous profile of the list (⌘ in place of Ctrl on a Mac).

export type ShortcutAction = 'save' | 'search' | 'next' | 'previous';

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & { target: EventTarget | null };

/** Where `/` is a character being typed, not a shortcut; and where Alt+↓ opens a native select's list. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function shortcutOf(event: Key): ShortcutAction | undefined {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && !event.altKey && !event.shiftKey && key === 's') return 'save';
  if (command && !event.altKey && !event.shiftKey && key === 'k') return 'search';
  if (!command && !event.altKey && key === '/' && !typingIn(event.target)) return 'search';
  const arrow = event.key === 'ArrowDown' ? 'next' : event.key === 'ArrowUp' ? 'previous' : undefined;
  if (arrow && event.altKey && !command && !event.shiftKey && !(event.target instanceof HTMLSelectElement)) return arrow;
  return undefined;
}

/** Listens on the document for the page's lifetime; the latest actions are always the ones called. */
export function useShortcuts(actions: Record<ShortcutAction, () => void>): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutOf(event);
      if (!action) return;
      // The browser's own Ctrl+S (save the page) and Ctrl+K (its search bar) would otherwise take the key.
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The id `step` places from `current` in the list; from nowhere, the first (down) or the last (up). */
export function neighbour(ids: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  const at = current === undefined ? -1 : ids.indexOf(current);
  if (at < 0) return step > 0 ? ids[0] : ids.at(-1);
  return ids[at + step];
}
