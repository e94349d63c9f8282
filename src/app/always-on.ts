/**
 * <hearth-always-on>: what must reach the household whatever screen is open —
 * warnings, home alarms and the call for help, the property manager's urgent
 * notices, appointment and programme reminders. Each is loaded only when its
 * area is on offer, after the first screen. Rendered without a shadow root of
 * its own: the overlays stay in the shell's tree, beside the screen they cover.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { HearthConfig } from '../config/types.js';
import type { SettingsStore } from '../data/settings/settings-store.js';

type Overlay = 'alerts' | 'home' | 'community' | 'health' | 'watch';

@customElement('hearth-always-on')
export class HearthAlwaysOn extends LitElement {
  @property({ attribute: false }) config!: HearthConfig;
  @property({ attribute: false }) settings!: SettingsStore;
  /** The overlays whose code has loaded. */
  @state() private _ready: ReadonlySet<Overlay> = new Set();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    const { features, sources } = this.config;
    // Warnings must reach the screen whatever area is open.
    if (features.includes('alerts') && sources.alerts) {
      this._load('alerts', [import('../features/alerts/alert-overlay.js')]);
    }
    // Home alarms too: smoke or a leak must show over live TV as over any screen.
    if (features.includes('home') && sources.home) {
      this._load('home', [
        import('../features/home/home-alarm-overlay.js'),
        import('../features/home/sos-listener.js'),
        import('../features/home/care-check.js'),
      ]);
    }
    // The property manager's urgent notices (停水…) and parcels.
    if (features.includes('community') && sources.community) {
      this._load('community', [import('../features/community/community-banner.js')]);
    }
    // An appointment's reminder, N minutes before it starts.
    if (features.includes('health') && sources.health) {
      this._load('health', [import('../features/health/appointment-reminder.js')]);
    }
    // A programme's reminder (提醒我 in the guide).
    if (features.includes('watch')) {
      this._load('watch', [import('../features/watch/programme-reminder.js')]);
    }
  }

  override render() {
    const ready = this._ready;
    const config = this.config;
    return html`
      ${
        ready.has('alerts')
          ? html`<hearth-alert-overlay .config=${config}></hearth-alert-overlay>`
          : nothing
      }
      ${
        ready.has('home')
          ? html`<hearth-home-alarm-overlay .config=${config}></hearth-home-alarm-overlay>
              <hearth-sos .config=${config}></hearth-sos>
              <hearth-care-check .config=${config}></hearth-care-check>`
          : nothing
      }
      ${
        ready.has('community')
          ? html`<hearth-community-banner .config=${config}></hearth-community-banner>`
          : nothing
      }
      ${
        ready.has('health')
          ? html`<hearth-appointment-reminder .config=${config}></hearth-appointment-reminder>`
          : nothing
      }
      ${
        ready.has('watch')
          ? html`<hearth-programme-reminder
              .config=${config}
              .settings=${this.settings}
            ></hearth-programme-reminder>`
          : nothing
      }
    `;
  }

  private _load(overlay: Overlay, modules: Promise<unknown>[]): void {
    Promise.all(modules).then(
      () => (this._ready = new Set([...this._ready, overlay])),
      (error: unknown) =>
        console.error(`[hearth:shell] could not load the ${overlay} overlay`, error),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-always-on': HearthAlwaysOn;
  }
}
