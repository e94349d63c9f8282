/**
 * Live TV's notices, one at a time. An information notice (only part of the
 * list or guide is shown) asks nothing of the household, with 好的; it waits
 * for a notice already open, and one that a later notice replaces comes back
 * when that one closes: none is lost.
 */
import { msg } from '@lit/localize';
import type { CappedNotice } from './capped-notice.js';
import type { Notice } from './lightning/notice-panel.js';
import type { WatchOverlays } from './lightning/watch-overlays.js';

export class NoticeQueue {
  /** Information notices waiting for the one open to close. */
  private readonly _informs: Notice[] = [];
  private _informOpen: Notice | null = null;

  constructor(private readonly _app: Pick<WatchOverlays, 'mode' | 'showNotice'>) {}

  inform({ title, body }: CappedNotice): void {
    this._informs.push({
      title,
      body,
      choices: [{ label: msg('好的', { id: 'watch.ok' }), run: () => undefined }],
    });
    this._next();
  }

  /** Every notice goes through here, so an information notice it replaces comes back after it. */
  show(notice: Notice, inform = false): void {
    const app = this._app;
    if (app.mode === 'notice' && this._informOpen) this._informs.unshift(this._informOpen);
    this._informOpen = inform ? notice : null;
    const closed = () => {
      this._informOpen = null;
    };
    app.showNotice({
      ...notice,
      choices: notice.choices.map(({ label, run }) => ({
        label,
        run: () => {
          closed();
          run();
          this._next();
        },
      })),
      onDismiss: () => {
        closed();
        notice.onDismiss?.();
        this._next();
      },
    });
  }

  private _next(): void {
    if (this._app.mode === 'notice') return;
    const next = this._informs.shift();
    if (next) this.show(next, true);
  }
}
