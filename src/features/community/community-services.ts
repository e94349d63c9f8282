/**
 * 社区's repairs and services at home (报修、家政、上门护理): the property
 * manager's catalogue in the 电视办 contract, shown by the same screens (one
 * form engine, drafts, outbox, receipts and status follow-up), behind the
 * household PIN, with the household's address from the operator's config
 * filled into the forms that ask for it.
 *
 * The one place a feature uses another's screen: a second form engine is what
 * the issue rules out, and these screens take any catalogue.
 */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { consume } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import type { Prefills } from '../../data/services/form-field.js';
import '../../ui/pin/pin-gate.js';
// The one area inside another: repairs at home run on 电视办's screens and form
// engine (docs/community.md), so 社区 hosts <hearth-services> with its own catalogue.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- see above
import '../services/services-screen.js';
import { householdPinService } from '../../data/household-pin/pin-lock.js';

@customElement('hearth-community-services')
export class HearthCommunityServices extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: configContext })
  config!: HearthConfig;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const source = this.config.sources.community;
    const prefill: Prefills = {};
    if (source?.address) prefill['household-address'] = source.address;
    return html`<hearth-pin-gate
      .lock=${this.services.get(householdPinService)}
      reason=${msg('报修和上门服务涉及个人信息，需要家庭密码', { id: 'community.pinReason' })}
      .content=${() =>
        html`<hearth-services
          catalog-url=${source?.catalogUrl ?? ''}
          .prefill=${prefill}
        ></hearth-services>`}
    ></hearth-pin-gate>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-community-services': HearthCommunityServices;
  }
}
