/**
 * One service before applying: what it is, who may apply, the materials and
 * how long it takes; then "apply" (or "continue the draft") and, when the
 * operator has a mobile site, "continue on a phone".
 *
 * @fires services-apply - start (or resume) the form
 * @fires services-handoff - show the QR code for the phone
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Service } from '../../data/services/catalog-types.js';
import { pickText, type Locale } from '../../data/services/localized.js';
import { focusable, zone } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { emit } from '../../ui/hearth-events.js';

@customElement('hearth-service-detail')
export class HearthServiceDetail extends LitElement {
  @property({ attribute: false }) service: Service | null = null;
  @property() locale: Locale = 'zh-CN';
  @property({ type: Boolean, attribute: 'has-draft' }) hasDraft = false;
  @property({ type: Boolean, attribute: 'can-hand-off' }) canHandOff = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const service = this.service;
    if (!service) return nothing;
    const text = (value: Parameters<typeof pickText>[0]) => pickText(value, this.locale);
    return html`
      <h2>${text(service.title)}</h2>
      <div class="columns">
        <div class="facts">
          ${service.summary['zh-CN'] ? html`<p class="summary">${text(service.summary)}</p>` : nothing}
          ${
            // What the gateway left out is left out here too, never guessed.
            service.eligibility
              ? html`<h3>${msg('谁可以申请', { id: 'services.detail.eligibility' })}</h3>
                  <p>${text(service.eligibility)}</p>`
              : nothing
          }
          ${
            service.processingDays !== undefined || service.agency
              ? html`<h3>${msg('办理时限', { id: 'services.detail.days' })}</h3>
                  <p>
                    ${
                      service.processingDays !== undefined
                        ? msg(str`${service.processingDays} 个工作日`, {
                            id: 'services.detail.daysValue',
                          })
                        : nothing
                    }
                    ${
                      service.agency
                        ? html`${service.processingDays !== undefined ? ' · ' : ''}${text(service.agency)}`
                        : nothing
                    }
                  </p>`
              : nothing
          }
        </div>
        <div class="materials">
          <h3>${msg('所需材料', { id: 'services.detail.materials' })}</h3>
          ${
            service.materials.length === 0
              ? html`<p>${msg('不需要准备材料', { id: 'services.detail.noMaterials' })}</p>`
              : nothing
          }
          <ul>
            ${service.materials.map(
              (material) =>
                html`<li>
                  <span class="material">${text(material.title)}</span>
                  ${
                    // A material given as plain text is shown as written, with nothing added.
                    material.provision === undefined && material.required === undefined
                      ? nothing
                      : html`<span class="how">
                          ${
                            material.provision === 'shared'
                              ? msg('部门通过电子证照共享获取，无需提交', {
                                  id: 'services.material.shared',
                                })
                              : material.provision === 'on-site'
                                ? msg('办理时出示原件', { id: 'services.material.onSite' })
                                : nothing
                          }
                          ${
                            material.required === false
                              ? msg('（可选）', { id: 'services.material.optional' })
                              : nothing
                          }
                        </span>`
                  }
                </li>`,
            )}
          </ul>
        </div>
      </div>
      <div class="actions" ${zone({ id: 'services.detail.actions' })}>
        <button
          class="button focusable"
          data-action="apply"
          ${focusable({ key: 'apply', autofocus: true })}
          @click=${() => emit(this, 'services-apply')}
        >
          ${
            this.hasDraft
              ? msg('继续填写草稿', { id: 'services.detail.resume' })
              : msg('开始办理', { id: 'services.detail.apply' })
          }
        </button>
        ${
          this.canHandOff
            ? html`<button
                class="button focusable"
                data-action="handoff"
                ${focusable({ key: 'handoff' })}
                @click=${() => emit(this, 'services-handoff')}
              >
                ${msg('用手机继续填写', { id: 'services.detail.handoff' })}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        font-size: ${scaled(28)};
        line-height: 1.5;
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 16px;
      }
      h2 {
        margin: 0;
        font-size: ${scaled(44)};
      }
      h3 {
        margin: 16px 0 4px;
        font-size: ${scaled(30)};
        color: var(--hearth-accent, #e8a33d);
      }
      p {
        margin: 0;
      }
      .columns {
        display: flex;
        gap: 48px;
      }
      :host-context([data-no-flex-gap]) .columns > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 48px;
      }
      .facts,
      .materials {
        flex: 1;
      }
      ul {
        margin: 0;
        padding-left: 1.2em;
      }
      li {
        margin-bottom: 8px;
      }
      .how {
        display: block;
        opacity: 0.75;
        font-size: ${scaled(24)};
      }
      .actions {
        display: flex;
        margin-top: 24px;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .actions > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-service-detail': HearthServiceDetail;
  }
}
