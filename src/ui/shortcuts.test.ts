// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { neighbour, shortcutOf } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}, target: EventTarget | null = document.body) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
  target,
});

describe('options shortcuts', () => {
  it('saves on Ctrl+S or ⌘S, searches on Ctrl+K or /, and steps through profiles on Alt+↓ / Alt+↑', () => {
    expect(shortcutOf(key('s', { ctrlKey: true }))).toBe('save');
    expect(shortcutOf(key('S', { metaKey: true }))).toBe('save');
    expect(shortcutOf(key('k', { ctrlKey: true }))).toBe('search');
    expect(shortcutOf(key('/'))).toBe('search');
    expect(shortcutOf(key('ArrowDown', { altKey: true }))).toBe('next');
    expect(shortcutOf(key('ArrowUp', { altKey: true }))).toBe('previous');
  });

  it('leaves typing alone: / in a field, Alt+↓ in a select, plain keys, other modifiers', () => {
    expect(shortcutOf(key('/', {}, document.createElement('input')))).toBeUndefined();
    expect(shortcutOf(key('/', {}, document.createElement('textarea')))).toBeUndefined();
    expect(shortcutOf(key('ArrowDown', { altKey: true }, document.createElement('select')))).toBeUndefined();
    expect(shortcutOf(key('s', { ctrlKey: true }, document.createElement('input')))).toBe('save');
    expect(shortcutOf(key('s'))).toBeUndefined();
    expect(shortcutOf(key('ArrowDown'))).toBeUndefined();
    expect(shortcutOf(key('s', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('steps to the neighbour in the list, from nowhere to either end, and not past the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbour(ids, 'b', 1)).toBe('c');
    expect(neighbour(ids, 'b', -1)).toBe('a');
    expect(neighbour(ids, undefined, 1)).toBe('a');
    expect(neighbour(ids, 'gone', -1)).toBe('c');
    expect(neighbour(ids, 'c', 1)).toBeUndefined();
    expect(neighbour([], undefined, 1)).toBeUndefined();
  });
});
