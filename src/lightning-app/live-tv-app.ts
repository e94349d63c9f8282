/**
 * Live TV as a Lightning SDK app: the App component the SDK's `Launch` puts
 * under its own Application (main.ts). It reads the operator's config.json
 * the way the portal does (loadConfig: the same schema, checks and defaults),
 * loads the channel list, and runs the portal's live TV on it: the same
 * overlays (WatchOverlays), controller and guide worker (LiveTvSession), and
 * the same hls.js player, opened through the SDK's VideoPlayer.
 *
 * Keys come from the SDK's key handling (main.ts gives it Hearth's key
 * names); what the overlays leave bubbles to the SDK's Application, whose
 * Back at the top calls `platformSettings.onClose`.
 *
 * The portal's DOM dialogs (the household PIN, 搜索节目, a list's name) are
 * not in this app: OK on a locked channel says where to unlock it instead.
 */
import { Component } from '@lightningjs/core';
import { msg } from '@lit/localize';
import { loadConfig } from '../config/load-config.js';
import { issuePathText, issueText } from '../config/issue-text.js';
import { appActivity } from '../data/app-activity.js';
import { loadChannelList } from '../data/channels/load-channel-list.js';
import { SpeechBridge } from '../focus/speech.js';
import { child } from '../features/watch/lightning/child.js';
import { STAGE_H, STAGE_W } from '../features/watch/lightning/layout.js';
import { WatchOverlays } from '../features/watch/lightning/watch-overlays.js';
import { describeListError } from '../features/watch/list-error-words.js';
import type { LivePlayer } from '../features/watch/live-player.js';
import { LiveTvSession } from '../features/watch/live-tv-session.js';
import { watchTheme, type WatchTheme } from '../features/watch/watch-theme.js';
import { DEFAULT_ACCENT } from '../config/defaults.js';
import { setLocale } from '../i18n/localization.js';
import { playerBehindSdk } from './sdk-stream-gate.js';

let markWatching: () => void = () => undefined;
/** Resolves once live TV plays and has the keys (the platform's "ready"). */
export const firstWatching = new Promise<void>((resolve) => (markWatching = resolve));

interface LiveTvAppSpec extends Component.TemplateSpec {
  Overlays: typeof WatchOverlays;
}

export class LiveTvApp
  extends Component<LiveTvAppSpec>
  implements Component.ImplementTemplateSpec<LiveTvAppSpec>
{
  private _player: LivePlayer | null = null;
  private _session: LiveTvSession | null = null;
  private _closed = false;
  /** A problem on screen (_tell): its notice has the keys. */
  private _telling = false;
  private readonly _speech = new SpeechBridge();

  static override _template(): Component.Template<LiveTvAppSpec> {
    return { w: STAGE_W, h: STAGE_H, Overlays: { type: WatchOverlays } };
  }

  /** The SDK loads these before the app starts: none, the engine's own CJK font draws the text. */
  static getFonts(): never[] {
    return [];
  }

  get overlays(): WatchOverlays {
    return child(this.tag('Overlays'));
  }

  override _setup(): void {
    performance.mark('hearth:lightning-app-setup');
    void this._start();
  }

  /**
   * The overlays take keys once live TV runs or a problem is shown; before, keys
   * stay here and bubble to the SDK's Application (Back leaves).
   */
  override _getFocused(): Component | undefined {
    return this._session || this._telling ? this.overlays : undefined;
  }

  /** The SDK's close() takes the app off the stage: stop the stream and the guide worker. */
  override _detach(): void {
    this._closed = true;
    appActivity.removeEventListener('change', this._onActivity);
    this._session?.dispose();
    this._session = null;
    this._player?.destroy();
    this._player = null;
  }

  private async _start(): Promise<void> {
    const loaded = await loadConfig({ search: location.search, baseUrl: document.baseURI });
    if (this._closed) return;
    if (!loaded.ok) {
      // In the language the file asks for, when it could be read that far (as the portal's error screen).
      if (loaded.locale) await setLocale(loaded.locale);
      if (this._closed) return;
      const lines = loaded.errors.map((i) => `${issuePathText(i.path)}: ${issueText(i)}`);
      console.error('[hearth:lightning-app] config', loaded.url, loaded.errors);
      this._tell(
        watchTheme(DEFAULT_ACCENT, 1),
        msg('运营商的设置文件有误', { id: 'lightningApp.configFailed' }),
        lines.slice(0, 4).join('\n'),
      );
      return;
    }
    const { config } = loaded;
    await setLocale(config.locale);
    if (this._closed) return;
    const theme = watchTheme(config.operator.theme.accent, 1);
    const source = config.sources.channels;
    if (!source) {
      this._tell(
        theme,
        msg('频道列表没能载入', { id: 'watch.listFailedTitle' }),
        msg('运营商没有配置频道列表。', { id: 'watch.noSource' }),
      );
      return;
    }
    let list;
    try {
      list = await loadChannelList(source.playlistUrl);
    } catch (error) {
      console.error('[hearth:lightning-app] channel list', error);
      if (!this._closed)
        this._tell(
          theme,
          msg('频道列表没能载入', { id: 'watch.listFailedTitle' }),
          describeListError(error),
        );
      return;
    }
    if (this._closed) return;
    const player = playerBehindSdk(this);
    this._player = player;
    this._session = new LiveTvSession({
      overlays: this.overlays,
      player,
      list,
      guideUrl: source.guideUrl ?? list.guideUrls[0],
      theme,
      timeZone: config.timeZone,
      locale: config.locale,
      announce: (text, urgent = false) =>
        this._speech.announce(text, urgent ? 'assertive' : 'polite'),
      dialogs: {
        askForPin: (channelName) =>
          this._session?.controller.inform({
            title: channelName,
            body: msg('这个频道已上锁。请在 Hearth 门户的设置里输入家庭密码解锁。', {
              id: 'lightningApp.lockedHere',
            }),
          }),
      },
    });
    player.setInterrupted(!appActivity.active);
    appActivity.addEventListener('change', this._onActivity);
    this._refocus();
    performance.mark('hearth:lightning-app-watching');
    markWatching();
  }

  /** Behind another app (Firebolt's background): the picture holds still until it is back. */
  private readonly _onActivity = () => this._player?.setInterrupted(!appActivity.active);

  /**
   * A problem the household can only read: said and shown, with 再试一次 (the
   * operator may have fixed the file, the network may be back) and 离开; Back leaves.
   */
  private _tell(theme: WatchTheme, title: string, body: string): void {
    const overlays = this.overlays;
    const leave = () => this._leave();
    // The notice has closed by then: keys stay here until the next screen.
    const retry = () => {
      this._telling = false;
      this._refocus();
      void this._start();
    };
    overlays.setupNotices(theme, (text) => this._speech.announce(text, 'assertive'));
    overlays.showNotice({
      title,
      body,
      choices: [
        { label: msg('再试一次', { id: 'watch.retry' }), run: retry },
        { label: msg('离开', { id: 'lightningApp.leave' }), run: leave },
      ],
      onDismiss: leave,
    });
    this._telling = true;
    this._refocus();
    performance.mark('hearth:lightning-app-problem');
  }

  /** Leave as Back at the top does: through the SDK's Application (platformSettings.onClose). */
  private _leave(): void {
    // The SDK's Application (Launch) adds closeApp(); Lightning's types know only their own.
    const sdkApplication = this.application as unknown as { closeApp?: () => void };
    sdkApplication.closeApp?.();
  }
}
