/**
 * Demo only: raise a test early-warning alert in the embedded demo backend's
 * CAP feed, so an operator or tester can see how a warning arrives.
 */
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { DEMO_ENDPOINTS } from '../../demo/endpoints.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import '../../ui/choice-row.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';

type Severity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor';

@customElement('hearth-demo-alert-row')
export class HearthDemoAlertRow extends LitElement {
  @state() private _last = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<hearth-choice-row
      row-id="settings.demoAlert"
      label=${msg('演示：发出测试预警', { id: 'settings.demoAlert' })}
      .choices=${[
        { value: 'Severe', label: msg('严重', { id: 'settings.demoAlert.severe' }) },
        { value: 'Moderate', label: msg('一般', { id: 'settings.demoAlert.moderate' }) },
      ]}
      value=${this._last}
      @hearth-choice=${(e: HearthEvent<'hearth-choice'>) =>
        void this._raise(e.detail.value as Severity)}
    ></hearth-choice-row>`;
  }

  private async _raise(severity: Severity): Promise<void> {
    this._last = severity;
    try {
      const response = await fetch(DEMO_ENDPOINTS.alertsRaise, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ severity, kind: 'rainstorm' }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      speechBridge().announce(msg('已发出测试预警。', { id: 'settings.demoAlert.sent' }));
      // Don't wait for the next poll: the point of the demo is to see it arrive.
      emit(window, 'hearth-alerts-refresh');
    } catch (error) {
      console.warn('[hearth:demo] test alert not raised', error);
      speechBridge().announce(
        msg('测试预警没有发出，请稍后再试。', { id: 'settings.demoAlert.failed' }),
        'assertive',
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-demo-alert-row': HearthDemoAlertRow;
  }
}
