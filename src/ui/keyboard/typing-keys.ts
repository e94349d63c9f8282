/**
 * What a key press means to the on-screen keyboard, whichever way it came:
 * a remote's number key, a physical or phone keyboard's character, or its
 * Backspace. Remote keys arrive as `hearth-key` (logical keys); characters
 * that are no remote key arrive as plain keydown events. No DOM here.
 */
import type { HearthKeyDetail } from '../../focus/key-input.js';

export type TypingAction =
  /** A character typed on a keyboard (letter, digit, punctuation, space). */
  | { kind: 'printable'; text: string }
  /** A number key: the digit, or in pinyin the n-th candidate. */
  | { kind: 'digit'; digit: string }
  | { kind: 'delete' };

export function actionForHearthKey(
  detail: Pick<HearthKeyDetail, 'key' | 'sourceKey'>,
): TypingAction | null {
  const { key, sourceKey } = detail;
  const digit = /^Digit(\d)$/.exec(key)?.[1];
  if (digit !== undefined) {
    // A keyboard's shifted digit row ('@' is Shift+2) shares the digit's key code.
    if (sourceKey && [...sourceKey].length === 1 && sourceKey !== digit) {
      return { kind: 'printable', text: sourceKey };
    }
    return { kind: 'digit', digit };
  }
  // Some platforms read a keyboard's Backspace as Back; a remote's Back has another `key`.
  if (key === 'Back' && sourceKey === 'Backspace') return { kind: 'delete' };
  return null;
}

export function actionForKeydown(
  event: Pick<
    KeyboardEvent,
    'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'defaultPrevented'
  >,
): TypingAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.isComposing) return null;
  if (event.key === 'Backspace') return { kind: 'delete' };
  return [...event.key].length === 1 ? { kind: 'printable', text: event.key } : null;
}
