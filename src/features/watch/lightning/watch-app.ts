/**
 * The portal's Lightning application for live TV: a stage on the watch
 * screen's canvas holding the overlays (watch-overlays.ts). Hearth has one key
 * listener (src/focus/key-input.ts); the screen offers each key here, and what
 * the overlays leave (Back at the top, Home, Exit…) goes back to Hearth's
 * router.
 */
import { Application, type Component } from '@lightningjs/core';
import type { LogicalKey } from '../../../focus/logical-key.js';
import { HearthLightningPlatform } from '../lightning-platform.js';
import { child } from './child.js';
import { STAGE_H, STAGE_W } from './layout.js';
import { WatchOverlays } from './watch-overlays.js';

interface WatchAppSpec extends Application.TemplateSpec {
  Overlays: typeof WatchOverlays;
}

export class WatchApp
  extends Application<WatchAppSpec>
  implements Component.ImplementTemplateSpec<WatchAppSpec>
{
  private _unhandled = false;

  static override _template(): Component.Template<WatchAppSpec> {
    return { w: STAGE_W, h: STAGE_H, Overlays: { type: WatchOverlays } };
  }

  get overlays(): WatchOverlays {
    return child(this.tag('Overlays'));
  }

  /** Offer a key; true when something in the application used it. */
  handleKey(key: LogicalKey): boolean {
    this._unhandled = false;
    const platform = this.stage.platform;
    // createWatchApp gives the stage this platform: Lightning types it as its web platform.
    if (!(platform instanceof HearthLightningPlatform))
      throw new TypeError("Not Hearth's platform");
    platform.deliverKey(key, 'down');
    return !this._unhandled;
  }

  override _getFocused(): Component {
    return this.overlays;
  }

  /** Anything the overlays left goes back to Hearth's router. */
  override _handleKey(): boolean {
    this._unhandled = true;
    return true;
  }
}
