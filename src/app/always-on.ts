/**
 * <hearth-always-on>: what must reach the household whatever screen is open —
 * warnings, home alarms and the call for help, the property manager's urgent
 * notices, appointment and programme reminders. Each area on offer declares
 * its part (`alwaysOn` in area-registry.ts); it is loaded after the first
 * screen. Rendered without a shadow root of its own: the overlays stay in the
 * shell's tree, beside the screen they cover.
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeatureId, HearthConfig } from '../config/types.js';
import type { SettingsStore } from '../data/settings/settings-store.js';
import { enabledAreas } from './area-registry.js';

@customElement('hearth-always-on')
export class HearthAlwaysOn extends LitElement {
  @property({ attribute: false }) config!: HearthConfig;
  @property({ attribute: false }) settings!: SettingsStore;
  /** The areas whose always-on code has loaded. */
  @state() private _ready: ReadonlySet<FeatureId> = new Set();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    for (const area of enabledAreas(this.config)) {
      area.alwaysOn?.load().then(
        () => (this._ready = new Set([...this._ready, area.id])),
        (error: unknown) =>
          console.error(
            `[hearth:shell] could not load what ${area.id} shows over every screen`,
            error,
          ),
      );
    }
  }

  override render() {
    const shell = { config: this.config, settings: this.settings };
    const loaded = enabledAreas(this.config).filter((area) => this._ready.has(area.id));
    return html`${repeat(
      loaded,
      (area) => area.id,
      (area) => area.alwaysOn?.render(shell),
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-always-on': HearthAlwaysOn;
  }
}
