/**
 * <hearth-watch>: live TV. A <video> with a Lightning canvas over it (the
 * overlays), mounted full screen. The canvas holds DOM focus; every key the
 * focus layer offers it goes to the Lightning application first, and what
 * Lightning leaves (Back at the top, Home, Exit) goes on to Hearth's router.
 * The channel list loads first and playback starts at once; the guide parses
 * in a worker meanwhile and fills the banner and grid when it is ready.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { consume } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { configContext, settingsContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import type { ChannelList } from '../../data/channels/channel-types.js';
import { loadChannelList } from '../../data/channels/load-channel-list.js';
import { interruptionEvents, isInterrupted } from '../../data/interruptions.js';
import { appActivity } from '../../data/app-activity.js';
import { FONT_SCALE, type SettingsStore } from '../../data/settings/settings-store.js';
import { focusable } from '../../focus/directives.js';
import { deepActiveElement } from '../../focus/dom-focus.js';
import { focusEngine, speechBridge } from '../../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { getLocale } from '../../i18n/localization.js';
import { nextTask } from '../../ui/next-task.js';
import { EarlyKeys } from './early-keys.js';
import { describeListError } from './list-error-words.js';
import { createStageContext, createWatchApp } from './lightning/create-watch-app.js';
import type { WatchApp } from './lightning/watch-app.js';
import { BANNER_CLEARANCE } from './lightning/banner.js';
import { SAFE_Y } from './lightning/layout.js';
import { LivePlayer } from './live-player.js';
import { LiveTvSession } from './live-tv-session.js';
import { tuneRequests, type TuneDetail } from './tune-request.js';
import { watchTheme } from './watch-theme.js';
import { watchScreenStyles } from './watch-screen-styles.js';
import {
  loadWatchDialog,
  renderWatchDialog,
  type WatchDialog,
  type WatchDialogHandlers,
} from './watch-dialogs.js';

type Phase = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'watching' };

@customElement('hearth-watch')
export class HearthWatch extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  @consume({ context: settingsContext, subscribe: true })
  settings!: SettingsStore;

  @state() private _phase: Phase = { kind: 'loading' };
  /** Live TV's keys pressed while the channel list loads (early-keys.ts). */
  private readonly _early = new EarlyKeys();
  /** A dialog over the picture: the PIN of a locked channel, 搜索节目, or a list's name. */
  @state() private _dialog: WatchDialog | null = null;
  @query('video') private _video!: HTMLVideoElement;
  @query('canvas') private _canvas!: HTMLCanvasElement;

  private _player: LivePlayer | null = null;
  private _app: WatchApp | null = null;
  private _session: LiveTvSession | null = null;
  private _generation = 0;
  private readonly _bottomSpace = new MutationObserver(() => this._followBottomSpace());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    interruptionEvents.addEventListener('change', this._onInterruption);
    appActivity.addEventListener('change', this._onInterruption);
    tuneRequests.addEventListener('tune', this._onTuneRequest);
    // The warning strip says how much of the bottom it takes in a root custom
    // property, as the DOM screens read it; the canvas banner follows it too.
    this._bottomSpace.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['style'],
    });
  }

  override disconnectedCallback(): void {
    this._bottomSpace.disconnect();
    interruptionEvents.removeEventListener('change', this._onInterruption);
    appActivity.removeEventListener('change', this._onInterruption);
    tuneRequests.removeEventListener('tune', this._onTuneRequest);
    this._teardown();
    super.disconnectedCallback();
  }

  override firstUpdated(): void {
    void this._start();
  }

  /**
   * The picture keeps focus while it plays; a failure puts it on 再试一次 (the
   * canvas stays focusable, so autofocus alone would leave OK on a dead picture),
   * and a retry that worked gives it back to the picture. Never while focus is
   * somewhere else, such as an alarm's dialog above this screen.
   */
  override updated(changed: PropertyValues): void {
    if (!changed.has('_phase')) return;
    const active = deepActiveElement();
    if (active && active !== document.body && !this.renderRoot.contains(active)) return;
    const target =
      this._phase.kind === 'failed'
        ? this.renderRoot.querySelector<HTMLElement>('[data-action="retry"]')
        : this._phase.kind === 'watching'
          ? this._canvas
          : null;
    if (target) focusEngine().focus(target);
  }

  override render() {
    const phase = this._phase;
    return html`
      <video playsinline aria-hidden="true"></video>
      <canvas
        width="1920"
        height="1080"
        tabindex="0"
        class="picture"
        aria-label=${msg('电视直播', { id: 'watch.title' })}
        aria-describedby="watch-help"
        @hearth-key=${this._onKey}
        ${focusable({ key: 'picture', autofocus: true })}
      ></canvas>
      <p id="watch-help" class="help">
        ${msg(
          '上下键或频道键换台，数字键输入频道号，确定键打开频道列表，右键打开节目单，返回键离开。',
          {
            id: 'watch.help',
          },
        )}
      </p>
      ${
        phase.kind === 'loading'
          ? html`<p class="status" role="status">
              ${msg('正在载入频道…', { id: 'watch.loading' })}
            </p>`
          : nothing
      }
      ${
        phase.kind === 'failed'
          ? html`<div class="failed" role="alert">
              <h2>${msg('频道列表没能载入', { id: 'watch.listFailedTitle' })}</h2>
              <p>${phase.message}</p>
              <button
                class="button focusable"
                data-action="retry"
                ${focusable({ key: 'retry', autofocus: true })}
                @click=${this._retry}
              >
                ${msg('再试一次', { id: 'watch.retry' })}
              </button>
            </div>`
          : nothing
      }
      ${renderWatchDialog(this._dialog, this._dialogHandlers)}
    `;
  }

  private async _start(): Promise<void> {
    const generation = ++this._generation;
    const source = this.config.sources.channels;
    if (!source) {
      this._fail(msg('运营商没有配置频道列表。', { id: 'watch.noSource' }));
      return;
    }
    const listed = (async () => {
      await backendReady();
      return loadChannelList(source.playlistUrl);
    })();
    // A rejection is handled below, unless the screen has gone by then.
    listed.catch(() => undefined);
    // While the list downloads and is read in its worker, the Lightning stage starts (a
    // WebGL context, then the overlays: tens of milliseconds each on a TV) in tasks of
    // its own, not in the one that receives the list: no single task holds the page long.
    if (!(await this._startStage(generation))) return;
    let list: ChannelList;
    try {
      list = await listed;
    } catch (error) {
      console.error('[hearth:watch] channel list', error);
      this._fail(describeListError(error));
      return;
    }
    if (generation !== this._generation || !this.isConnected) return;
    this._mount(list, source.guideUrl ?? list.guideUrls[0]);
  }

  /**
   * The player and the Lightning application, before any channel is known, one
   * step per task. False when the screen was left or restarted meanwhile.
   */
  private async _startStage(generation: number): Promise<boolean> {
    const current = () => generation === this._generation && this.isConnected;
    if (this._app) return true;
    await nextTask();
    if (!current()) return false;
    const forceCanvas2d = new URLSearchParams(location.search).get('renderer') === 'canvas2d';
    const context = createStageContext(this._canvas, forceCanvas2d);
    await nextTask();
    if (!current()) return false;
    this._player ??= new LivePlayer(this._video);
    this._app ??= createWatchApp(this._canvas, context);
    this._app.overlays.banner.onShownChange = (shown) => this._liftSubtitles(shown);
    this._followBottomSpace();
    return true;
  }

  private _followBottomSpace(): void {
    const space = document.documentElement.style.getPropertyValue('--hearth-banner-space');
    this._app?.overlays.banner.setBottomSpace(parseFloat(space) || 0);
    this._liftSubtitles();
  }

  /**
   * Subtitles and captions sit above the warning strip, and above the channel
   * banner while it shows (watch-screen-styles.ts reads --watch-subtitle-lift).
   */
  private _liftSubtitles(bannerShown = this._app?.overlays.banner.isShown ?? false): void {
    const strip =
      parseFloat(document.documentElement.style.getPropertyValue('--hearth-banner-space')) || 0;
    // The strip keeps the screens' title-safe margin below it, as the channel
    // banner does above it: cues at the foot of the picture (a WebVTT or 708 cue
    // with no line of its own) clear it only when lifted by both.
    const above = bannerShown ? BANNER_CLEARANCE : strip > 0 ? SAFE_Y : 0;
    // Stage pixels (1080 high) to CSS pixels of the screen.
    this.style.setProperty(
      '--watch-subtitle-lift',
      `${strip + above * (this.clientHeight / 1080)}px`,
    );
  }

  private _mount(list: ChannelList, guideUrl: string | undefined): void {
    const player = this._player;
    const app = this._app;
    if (!player || !app) return;
    const scale = FONT_SCALE[this.settings.value.textSize];
    this._session = new LiveTvSession({
      overlays: app.overlays,
      player,
      list,
      guideUrl,
      theme: watchTheme(this.config.operator.theme.accent, scale),
      timeZone: this.config.timeZone,
      locale: getLocale(),
      announce: (text, urgent = false) =>
        speechBridge().announce(text, urgent ? 'assertive' : 'polite'),
      dialogs: {
        askForPin: (channelName) => this._openDialog({ kind: 'unlock', channelName }),
        openSearch: () => this._openDialog({ kind: 'search' }),
        askForName: (current, done) => this._openDialog({ kind: 'list-name', current, done }),
      },
    });
    this._phase = { kind: 'watching' };
    player.setInterrupted(mustPause());
    this._early.play((key) => app.handleKey(key));
  }

  /** A reminder's 切换 while live TV is open: tune at once. */
  private _onTuneRequest = (event: Event) => {
    const { channelKey } = (event as CustomEvent<TuneDetail>).detail;
    this._session?.controller.tuneKey(channelKey);
  };

  private _onKey = (event: HearthKeyEvent) => {
    this._player?.userActivated();
    // A dialog asked for and not yet holding the focus (its code still loading):
    // Back gives it up here, rather than leaving live TV from under it.
    if (this._dialog) {
      if (event.detail.key === 'Back') {
        this._dialog = null;
        event.preventDefault();
      }
      return;
    }
    // The stage starts before the channels are known: live TV's keys wait until it is watching.
    if (this._phase.kind === 'loading') {
      if (this._early.keep(event.detail.key)) event.preventDefault();
      return;
    }
    if (this._phase.kind !== 'watching') return;
    if (this._app?.handleKey(event.detail.key)) event.preventDefault();
  };

  private _openDialog(dialog: WatchDialog): void {
    void loadWatchDialog(dialog);
    this._dialog = dialog;
  }

  private readonly _dialogHandlers: WatchDialogHandlers = {
    close: () => (this._dialog = null),
    unlocked: () => {
      this._dialog = null;
      this._session?.controller.unlocked();
    },
    find: (query) => this._session?.controller.findProgrammes(query) ?? Promise.resolve([]),
    chosen: (index, programme) => {
      this._dialog = null;
      this._session?.controller.actOn(index, programme);
    },
  };

  private _onInterruption = () => this._player?.setInterrupted(mustPause());

  private _retry = () => {
    this._phase = { kind: 'loading' };
    void this._start();
  };

  private _fail(message: string): void {
    this._early.clear();
    this._phase = { kind: 'failed', message };
    speechBridge().announce(message, 'assertive');
  }

  private _teardown(): void {
    this._generation++;
    this._early.clear();
    this._session?.dispose();
    this._session = null;
    this._player?.destroy();
    this._player = null;
    this._app?.destroy();
    this._app = null;
  }

  static override styles = watchScreenStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-watch': HearthWatch;
  }
}

/** Live TV holds still while an alarm speaks or while Hearth is in the background. */
function mustPause(): boolean {
  return isInterrupted() || !appActivity.active;
}
