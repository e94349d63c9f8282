/**
 * <hearth-channel-unlock>: the household PIN asked over live TV for a locked
 * channel (频道锁). A dialog layer that owns every key while it is open, so
 * the digits go to the PIN and not to channel numbers; Back leaves it.
 *
 * @property channelName - the locked channel, named in the dialog
 * @fires hearth-unlocked - the PIN was right (from the PIN pad)
 * @fires hearth-dialog-close - Back: the household gave up
 */
import { LitElement, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { householdPin, loadHouseholdPin } from '../../app/household-pin.js';
import '../../ui/hearth-dialog.js';
import '../../ui/pin/pin-unlock.js';

@customElement('hearth-channel-unlock')
export class HearthChannelUnlock extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: 'channel-name' }) channelName = '';
  /** The PIN store loads with the first locked channel, not with live TV. */
  @state() private _ready = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadHouseholdPin().then(() => (this._ready = true));
  }

  override render() {
    if (!this._ready) return nothing;
    return html`<hearth-dialog
      layer-id="watch.unlock"
      heading=${msg(str`${this.channelName} 已加锁`, { id: 'watch.unlock.heading' })}
    >
      <hearth-pin-unlock
        .lock=${householdPin(this.services)}
        reason=${msg('输入家庭密码后，加锁的频道可以看 4 小时，待机后要重新输入。', {
          id: 'watch.unlock.reason',
        })}
      ></hearth-pin-unlock>
    </hearth-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-channel-unlock': HearthChannelUnlock;
  }
}
