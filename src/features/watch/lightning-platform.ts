/**
 * Lightning's web platform without its own window key listeners: Hearth has one
 * key listener (src/focus/key-input.ts), and Lightning only sees the keys the
 * watch screen hands it while its canvas holds focus. The screen calls
 * `deliverKey` for each `hearth-key` it receives.
 */
import { WebPlatform } from '@lightningjs/core';
import { LOGICAL_KEYS, type LogicalKey } from '../../focus/logical-key.js';

type KeyHandler = (event: { keyCode: number; key: string }) => void;

/**
 * Lightning looks keys up by keyCode: give each logical key a code of its own
 * (its position in LOGICAL_KEYS, from 1), so handlers are named after logical
 * keys (`_handleChannelUp`, `_handleDigit7`…), whatever the remote sent.
 */
export const LIGHTNING_KEYMAP: Record<number, string> = Object.fromEntries(
  LOGICAL_KEYS.map((key, index) => [index + 1, key]),
);

export class HearthLightningPlatform extends WebPlatform {
  private _keydown: KeyHandler | null = null;
  private _keyup: KeyHandler | null = null;

  registerKeydownHandler(handler: KeyHandler): void {
    this._keydown = handler;
  }

  registerKeyupHandler(handler: KeyHandler): void {
    this._keyup = handler;
  }

  deliverKey(key: LogicalKey, phase: 'down' | 'up'): void {
    const event = { keyCode: LOGICAL_KEYS.indexOf(key) + 1, key };
    (phase === 'down' ? this._keydown : this._keyup)?.(event);
  }
}
