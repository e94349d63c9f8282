/**
 * The services screen's form and review pages: opens a FormSession, shows
 * its step or the review, the field editor over them, and sends the
 * application, telling the household what happened in words and aloud.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import type { Prefills } from '../../data/services/form-field.js';
import type { Service } from '../../data/services/catalog-types.js';
import { allFields } from '../../data/services/form-model.js';
import { regionChildren, regionPath } from '../../data/services/formats/regions.js';
import { getValue } from '../../data/services/json-pointer.js';
import { pickText, type Locale } from '../../data/services/localized.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import type { RegionSource } from '../../ui/region-picker.js';
import { FormSession } from './form-session.js';
import type { HearthServices } from './services-screen.js';
import './field-editor.js';
import './service-form.js';
import './service-review.js';
import type { HearthEvent } from '../../ui/hearth-events.js';

const REGIONS: RegionSource = { children: (code) => regionChildren(code) };

export class FormController implements ReactiveController {
  private _session: FormSession | null = null;
  private _editing: string | null = null;
  private _busy = false;
  private _failure = '';
  private _locale: Locale = 'zh-CN';
  /** Replaced, not changed in place, so the rows see a new value and render the name. */
  private _regionNames: ReadonlyMap<string, string> = new Map();

  constructor(private readonly _host: HearthServices) {
    _host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    void this.close();
  }

  async open(service: Service, locale: Locale, prefill: Prefills = {}): Promise<void> {
    await this.close();
    this._locale = locale;
    this._failure = '';
    this._session = await FormSession.open(this._host, service, locale, prefill);
    this._nameRegions();
  }

  async close(): Promise<void> {
    const session = this._session;
    this._session = null;
    this._editing = null;
    await session?.close();
  }

  render(kind: 'form' | 'review') {
    const session = this._session;
    if (!session) return nothing;
    // Forms rarely have a title of their own: every step names the service.
    const serviceTitle = pickText(session.service.title, this._locale, session.model.title);
    const page =
      kind === 'form'
        ? html`<hearth-service-form
            .model=${session.model}
            serviceTitle=${serviceTitle}
            .data=${session.data}
            .problems=${session.shown}
            .regionNames=${this._regionNames}
            step=${session.step}
            @form-edit=${this._edit}
            @form-toggle=${(event: HearthEvent<'form-toggle'>) => {
              const pointer = event.detail.pointer;
              session.change(pointer, getValue(session.data, pointer) !== true);
            }}
            @form-step=${(event: HearthEvent<'form-step'>) => session.goTo(event.detail.index)}
            @form-next=${() => this._next(session)}
          ></hearth-service-form>`
        : html`<hearth-service-review
            .model=${session.model}
            serviceTitle=${serviceTitle}
            .data=${session.data}
            .problems=${session.shown}
            .regionNames=${this._regionNames}
            ?busy=${this._busy}
            failure=${this._failure}
            @form-edit=${this._edit}
            @review-submit=${() => void this._submit(session)}
          ></hearth-service-review>`;
    return html`${page}${this._renderEditor(session)}`;
  }

  private _renderEditor(session: FormSession) {
    const pointer = this._editing;
    const field = pointer === null ? undefined : session.fieldAt(pointer);
    if (!pointer || !field) return nothing;
    return html`<hearth-field-editor
      .field=${field}
      .value=${getValue(session.data, pointer)}
      problem=${session.shown.get(pointer) ?? ''}
      .regions=${REGIONS}
      @form-change=${(event: HearthEvent<'form-change'>) => {
        session.change(event.detail.pointer, event.detail.value);
        if (field.format === 'cn-region-code') this._nameRegions();
      }}
      @editor-close=${() => {
        this._editing = null;
        const problem = session.finished(pointer);
        if (problem) speechBridge().announce(`${field.label}：${problem}`, 'assertive');
        this._host.requestUpdate();
      }}
    ></hearth-field-editor>`;
  }

  private _edit = (event: HearthEvent<'form-edit'>) => {
    this._editing = event.detail.pointer;
    this._host.requestUpdate();
  };

  private _next(session: FormSession): void {
    if (!session.stepIsRight()) {
      this._sayProblems(session);
      return;
    }
    if (session.step < session.model.steps.length - 1) {
      session.goTo(session.step + 1);
      return;
    }
    session.formIsRight();
    this._host.showReview(session.service.id);
  }

  private async _submit(session: FormSession): Promise<void> {
    this._busy = true;
    this._failure = '';
    this._host.requestUpdate();
    try {
      const outcome = await session.submit(this._locale);
      switch (outcome.kind) {
        case 'submitted':
        case 'queued':
          speechBridge().announce(
            outcome.kind === 'queued'
              ? outcome.application.queuedBecause === 'gateway'
                ? msg('办理系统暂时没有响应，申请已保存，会自动再次提交', {
                    id: 'services.receipt.gatewayDownSpoken',
                  })
                : msg('网络断开，申请已保存，联网后会自动提交', {
                    id: 'services.receipt.queuedSpoken',
                  })
              : msg(str`申请已提交，受理编号 ${outcome.application.receipt ?? ''}`, {
                  id: 'services.receipt.sentSpoken',
                }),
            'assertive',
          );
          await this._host.showSent(outcome.application.id);
          return;
        case 'invalid':
          this._failure = msg(str`有 ${session.shown.size} 处需要修改，请按确定键修改标出的项目`, {
            id: 'services.review.invalid',
          });
          break;
        case 'refused':
          console.warn('[hearth:services] refused:', outcome.status, outcome.type);
          this._failure = msg(str`办理部门没有受理这份申请：${outcome.title ?? outcome.status}`, {
            id: 'services.review.refused',
          });
          break;
      }
      speechBridge().announce(this._failure, 'assertive');
    } finally {
      this._busy = false;
      this._host.requestUpdate();
    }
  }

  private _sayProblems(session: FormSession): void {
    const first = [...session.shown.entries()][0];
    if (!first) return;
    const field = session.fieldAt(first[0]);
    speechBridge().announce(
      msg(str`有 ${session.shown.size} 处需要修改。${field?.label ?? ''}：${first[1]}`, {
        id: 'services.form.problems',
      }),
      'assertive',
    );
  }

  /** Region codes in the data, named for the rows (looked up once each). */
  private _nameRegions(): void {
    const session = this._session;
    if (!session) return;
    for (const field of allFields(session.model)) {
      if (field.format !== 'cn-region-code') continue;
      const code = getValue(session.data, field.pointer);
      if (typeof code !== 'string' || this._regionNames.has(code)) continue;
      void regionPath(code).then((path) => {
        if (path.length === 0) return;
        const names = new Map(this._regionNames);
        names.set(code, path.map((region) => region.name).join(' / '));
        this._regionNames = names;
        this._host.requestUpdate();
      });
    }
  }
}
