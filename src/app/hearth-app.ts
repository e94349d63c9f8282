/**
 * <hearth-app>: the shell. It scales the 1920×1080 stage to the screen, keeps
 * the title-safe margins, shows the top bar, routes between the home screen
 * and the areas with its own back stack, owns the one key listener and asks
 * before leaving. Areas get the config, the settings and the services made
 * from the config (shell-services.ts) through @lit/context.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { HearthConfig } from '../config/types.js';
import type { SettingsStore } from '../data/settings/settings-store.js';
import { focusEngine, speechBridge } from '../focus/focus-singleton.js';
import { KeyInput } from '../focus/key-input.js';
import type { LogicalKey } from '../focus/logical-key.js';
import { connectPointer } from '../focus/pointer-input.js';
import { accessibleName } from '../focus/speech.js';
import { enabledAreas, findRoute, type RouteDefinition } from './area-registry.js';
import { configContext, runtimeContext, settingsContext, type RuntimeInfo } from './contexts.js';
import { servicesContext, ShellServices } from './shell-services.js';
import type { NavigateDetail } from './navigation.js';
import { HOME, Router } from './router.js';
import { startPath } from './start-path.js';
import './always-on.js';
import { fitStage, STAGE_HEIGHT, STAGE_WIDTH, type StageFit } from './stage-scale.js';
import type { PlatformServices } from './platform/platform-services.js';
import type { ServiceWorkerClient } from './service-worker-client.js';
import './top-bar.js';
import './update-prompt.js';
import './home-screen.js';
import './exit-dialog.js';
import { styleProperties } from '../ui/style-properties.js';

/** How long a page that asked to leave may still be here before the household is told how to leave. */
const EXIT_WAIT_MS = 400;
/** The same for a box that unloads the app first (Firebolt's close). */
const CLOSING_WAIT_MS = 10_000;

@customElement('hearth-app')
export class HearthApp extends LitElement {
  @provide({ context: configContext })
  @property({ attribute: false })
  config!: HearthConfig;

  @provide({ context: settingsContext })
  @property({ attribute: false })
  settings!: SettingsStore;

  @provide({ context: runtimeContext })
  @property({ attribute: false })
  runtime!: RuntimeInfo;

  /** Made from `config` when it is set; a new config stops them and makes them again. */
  @provide({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) platform!: PlatformServices;

  /** The service worker, when the platform has one (for the update flow). */
  @property({ attribute: false }) serviceWorker: ServiceWorkerClient | null = null;

  @state() private _updateWaiting = false;

  @state() private _route: RouteDefinition | null = null;
  @state() private _exit: 'closed' | 'open' | 'could-not-leave' = 'closed';
  @state() private _fit: StageFit = fitStage(window.innerWidth, window.innerHeight);
  @state() private _toast = '';

  private _router = new Router((path) => path === HOME || findRoute(this.config, path) !== null);
  private _keys: KeyInput | null = null;
  private _disconnectPointer: (() => void) | null = null;
  private _toastTimer: ReturnType<typeof setTimeout> | undefined;
  private _onResize = () => {
    this._fit = fitStage(window.innerWidth, window.innerHeight);
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    // Before the children ask for it (they render after the first update).
    this.services ??= new ShellServices(this.config);
    super.connectedCallback();
    window.addEventListener('resize', this._onResize);
    this.addEventListener('hearth-navigate', this._onNavigate);
    const engine = focusEngine();
    this._keys = new KeyInput({
      engine,
      toLogicalKey: (event) => this.platform.toLogicalKey(event),
      onBack: () => this._back(),
      onUnhandled: (key) => this._unhandledKey(key),
      onEdge: (el) => showEdge(el),
    });
    this._keys.connect();
    this._disconnectPointer = connectPointer(engine);
    engine.onFocusChange(({ element }) => {
      if (this.settings.value.readAloud) speechBridge().speak(accessibleName(element));
    });
    this.serviceWorker?.events.addEventListener(
      'update-waiting',
      () => (this._updateWaiting = true),
    );
    this._router.addEventListener('change', () => void this._showRoute());
    const { unknown } = this._router.start(
      startPath(this.config, this.settings.value, location.hash),
    );
    if (unknown !== null) {
      this._notify(msg(str`找不到页面“${unknown}”，已回到首页。`, { id: 'shell.unknownRoute' }));
    }
    void this._showRoute();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && this.services) this.services.reconfigure(this.config);
  }

  override firstUpdated(): void {
    // The top bar's outbox count is not needed for the first screen.
    setTimeout(() => void import('./outbox-indicator.js'), 0);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('resize', this._onResize);
    this.removeEventListener('hearth-navigate', this._onNavigate);
    this._keys?.disconnect();
    this._disconnectPointer?.();
    this._router.stop();
    super.disconnectedCallback();
  }

  override render() {
    const { scale, offsetX, offsetY } = this._fit;
    const title = this._route?.title() ?? '';
    return html`
      <div
        class="stage"
        style=${styleProperties({
          width: `${STAGE_WIDTH}px`,
          height: `${STAGE_HEIGHT}px`,
          transform: `translate(${offsetX}px,${offsetY}px) scale(${scale})`,
        })}
      >
        ${
          this._route?.fullscreen
            ? html`<main class="fullscreen" aria-label=${title}>
                ${this._route.render({ services: this.services })}
              </main>`
            : this._framed(title)
        }
        ${this._toast ? html`<div class="toast" role="status">${this._toast}</div>` : nothing}
        <hearth-always-on .config=${this.config} .settings=${this.settings}></hearth-always-on>
        ${
          this._updateWaiting
            ? html`<hearth-update-prompt
                @hearth-update-later=${() => (this._updateWaiting = false)}
                @hearth-update-accept=${() => this.serviceWorker?.acceptUpdate()}
              ></hearth-update-prompt>`
            : nothing
        }
        ${
          this._exit === 'closed'
            ? nothing
            : html`<hearth-exit-dialog
                brand=${this.config.operator.name}
                ?could-not-leave=${this._exit === 'could-not-leave'}
                @hearth-exit-stay=${() => (this._exit = 'closed')}
                @hearth-exit-leave=${this._leave}
              ></hearth-exit-dialog>`
        }
      </div>
    `;
  }

  /** An ordinary screen: the top bar above it, inside the title-safe margins. */
  private _framed(title: string) {
    return html`
      <div class="safe">
        <hearth-top-bar
          operator-name=${this.config.operator.name}
          .logo=${this.config.operator.logo}
          time-zone=${this.config.timeZone}
          screen-title=${title}
        >
          <hearth-outbox-indicator slot="status"></hearth-outbox-indicator>
        </hearth-top-bar>
        <main class="outlet" aria-label=${title || msg('首页', { id: 'shell.home' })}>
          ${
            this._route
              ? this._route.render({ services: this.services })
              : html`<hearth-home .areas=${enabledAreas(this.config)}></hearth-home>`
          }
        </main>
      </div>
    `;
  }

  /** Let the shell and the areas react to a settings change (text size moves things). */
  settingsChanged(): void {
    focusEngine().invalidate();
    this.requestUpdate();
  }

  private _onNavigate = (event: CustomEvent<NavigateDetail>) => {
    event.stopPropagation();
    this._router.navigate(event.detail.path);
  };

  private async _showRoute(): Promise<void> {
    const path = this._router.path;
    const engine = focusEngine();
    engine.scope = path;
    if (path === HOME) {
      this._route = null;
    } else {
      const route = findRoute(this.config, path);
      if (!route) return;
      try {
        await route.load();
      } catch (error) {
        console.error('[hearth:router] could not load', path, error);
        this._notify(msg('这个页面没能打开，请稍后再试。', { id: 'shell.loadFailed' }));
        this._router.back();
        return;
      }
      if (this._router.path !== path) return;
      this._route = route;
    }
    await this.updateComplete;
    await settleChildren(this.renderRoot);
    if (this._router.path !== path) return;
    engine.focusInitial(
      this.renderRoot.querySelector<HTMLElement>('.outlet, .fullscreen') ?? undefined,
    );
    performance.mark('hearth:route-focused');
    speechBridge().announce(this._route?.title() ?? msg('首页', { id: 'shell.home' }));
  }

  private _back(): void {
    if (this._exit !== 'closed') {
      this._exit = 'closed';
      return;
    }
    if (!this._router.back()) this._exit = 'open';
  }

  /** Back to the home screen with nothing over it (the platform relaunched the portal). */
  goHome(): void {
    this._exit = 'closed';
    this._router.navigate(HOME);
  }

  private _unhandledKey(key: LogicalKey): void {
    if (key === 'Home') this._router.navigate(HOME);
    else if (key === 'Exit') this._exit = 'open';
  }

  private _leave = () => {
    const result = this.platform.exit();
    // window.close() is ignored for a page the user opened; if we are still
    // here a moment later, tell the household how to leave instead.
    if (result === 'unsupported') {
      this._exit = 'could-not-leave';
      return;
    }
    // A box asked to close (Firebolt) first unloads the app, which takes longer.
    setTimeout(
      () => {
        if (this.isConnected) this._exit = 'could-not-leave';
      },
      result === 'closing' ? CLOSING_WAIT_MS : EXIT_WAIT_MS,
    );
  };

  private _notify(text: string): void {
    this._toast = text;
    speechBridge().announce(text);
    clearTimeout(this._toastTimer);
    this._toastTimer = setTimeout(() => (this._toast = ''), 5000);
  }

  static override styles = css`
    :host {
      position: fixed;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      overflow: hidden;
      background: #000;
      font-family: var(
        --hearth-font,
        'Noto Sans CJK SC',
        'Noto Sans SC',
        'Source Han Sans SC',
        'Microsoft YaHei',
        'PingFang SC',
        sans-serif
      );
    }
    .stage {
      position: absolute;
      left: 0;
      top: 0;
      transform-origin: 0 0;
      overflow: hidden;
      background: var(--hearth-bg, #12161b);
      color: var(--hearth-fg, #fff);
    }
    /* Title-safe area: 5 % of each side (96×54 px at 1080p). */
    .safe {
      position: absolute;
      top: 54px;
      right: 96px;
      bottom: 54px;
      left: 96px;
      display: flex;
      flex-direction: column;
    }
    .fullscreen {
      position: absolute;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
    }
    .outlet {
      margin-top: 24px;
      /* Room for an early-warning banner while one shows (see alert-overlay.ts). */
      margin-bottom: var(--hearth-banner-space, 0px);
      flex: 1;
      min-height: 0;
      position: relative;
    }
    .toast {
      position: absolute;
      left: 50%;
      bottom: 96px;
      transform: translateX(-50%);
      max-width: 1400px;
      padding: 24px 48px;
      border-radius: 20px;
      background: var(--hearth-surface-raised, #2a3038);
      border: 3px solid var(--hearth-accent, #e8a33d);
      font-size: calc(32px * var(--hearth-font-scale, 1));
      z-index: 50;
    }
  `;
}

/** The nudge shown on the focused item when a direction leads nowhere. */
function showEdge(el: HTMLElement | null): void {
  if (!el) return;
  el.removeAttribute('data-edge');
  // Re-adding on the next frame restarts the animation without forcing a layout.
  requestAnimationFrame(() => {
    el.setAttribute('data-edge', '');
    setTimeout(() => el.removeAttribute('data-edge'), 260);
  });
}

/** Wait until the freshly rendered screen's own elements have rendered too. */
async function settleChildren(root: ParentNode, depth = 0): Promise<void> {
  if (depth > 3) return;
  const pending: Promise<unknown>[] = [];
  for (const el of root.querySelectorAll('*')) {
    const maybe = el as Partial<LitElement>;
    if (maybe.updateComplete) {
      pending.push(
        maybe.updateComplete.then(() =>
          el.shadowRoot ? settleChildren(el.shadowRoot, depth + 1) : undefined,
        ),
      );
    }
  }
  await Promise.all(pending);
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-app': HearthApp;
  }
}
