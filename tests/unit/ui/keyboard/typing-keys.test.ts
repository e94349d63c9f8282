import { describe, expect, it } from 'vitest';
import { actionForHearthKey, actionForKeydown } from '@src/ui/keyboard/typing-keys.js';

const keydown = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  defaultPrevented: false,
  ...extra,
});

describe('keys typed into the on-screen keyboard', () => {
  it('takes a number key as a digit, from a remote or a keyboard', () => {
    expect(actionForHearthKey({ key: 'Digit7', sourceKey: 'Unidentified' })).toEqual({
      kind: 'digit',
      digit: '7',
    });
    expect(actionForHearthKey({ key: 'Digit7', sourceKey: '7' })).toEqual({
      kind: 'digit',
      digit: '7',
    });
  });

  it('types the shifted character of a keyboard digit key, not the digit', () => {
    expect(actionForHearthKey({ key: 'Digit2', sourceKey: '@' })).toEqual({
      kind: 'printable',
      text: '@',
    });
  });

  it("deletes on a keyboard's Backspace but leaves a remote's Back to the page", () => {
    expect(actionForHearthKey({ key: 'Back', sourceKey: 'Backspace' })).toEqual({
      kind: 'delete',
    });
    expect(actionForHearthKey({ key: 'Back', sourceKey: 'Escape' })).toBeNull();
    expect(actionForHearthKey({ key: 'Back', sourceKey: 'Unidentified' })).toBeNull();
    expect(actionForHearthKey({ key: 'Up', sourceKey: 'ArrowUp' })).toBeNull();
  });

  it('types printable characters and leaves shortcuts and IME composition alone', () => {
    expect(actionForKeydown(keydown('a'))).toEqual({ kind: 'printable', text: 'a' });
    expect(actionForKeydown(keydown(' '))).toEqual({ kind: 'printable', text: ' ' });
    expect(actionForKeydown(keydown('Backspace'))).toEqual({ kind: 'delete' });
    expect(actionForKeydown(keydown('a', { ctrlKey: true }))).toBeNull();
    expect(actionForKeydown(keydown('a', { isComposing: true }))).toBeNull();
    expect(actionForKeydown(keydown('Tab'))).toBeNull();
  });
});
