/**
 * A remote control for tests: presses logical keys (Up, Ok, Back, Red…) as the
 * key events a real remote on the chosen platform sends, through Chromium's
 * input pipeline (CDP Input.dispatchKeyEvent), so the portal's key tables are
 * exercised exactly as on a TV.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { LogicalKey } from '@src/focus/logical-key.js';
import type { PlatformId } from '@src/focus/platform.js';
import { logicalKeyEvent } from '@src/focus/key-tables.js';

export class Dpad {
  private _session: CDPSession | null = null;
  platform: PlatformId = 'desktop';
  /** Keys pressed so far (a hold counts once): what a household's thumb did. */
  presses = 0;

  constructor(private readonly _page: Page) {}

  /** Press and release a key, `times` times. */
  async press(key: LogicalKey, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      this.presses++;
      await this.down(key);
      await this.up(key);
    }
  }

  async down(key: LogicalKey, repeat = false): Promise<void> {
    await this._send('keyDown', key, repeat);
  }

  async up(key: LogicalKey): Promise<void> {
    await this._send('keyUp', key, false);
  }

  /** Hold a key for `ms`, with auto-repeat every `intervalMs` like a real remote. */
  async hold(key: LogicalKey, ms: number, intervalMs = 50): Promise<void> {
    this.presses++;
    await this.down(key);
    const until = Date.now() + ms;
    while (Date.now() < until) {
      await this._page.waitForTimeout(intervalMs);
      await this.down(key, true);
    }
    await this.up(key);
  }

  private async _send(type: 'keyDown' | 'keyUp', key: LogicalKey, repeat: boolean): Promise<void> {
    const event = logicalKeyEvent(key, this.platform);
    if (!event) throw new Error(`platform ${this.platform} has no ${key} key`);
    this._session ??= await this._page.context().newCDPSession(this._page);
    await this._session.send('Input.dispatchKeyEvent', {
      type: type === 'keyDown' ? 'rawKeyDown' : 'keyUp',
      key: event.key,
      code: event.code,
      windowsVirtualKeyCode: event.keyCode,
      nativeVirtualKeyCode: event.keyCode,
      autoRepeat: repeat,
    });
  }
}
