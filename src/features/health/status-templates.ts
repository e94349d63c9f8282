/** What a telehealth screen shows while it waits, when it failed, or when there is nothing. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { HealthError } from '../../data/health/health-error.js';
import { focusable, zone } from '../../focus/directives.js';
import { errorText } from './health-words.js';

/** 返回 on its own row, at the foot of a screen. */
export function backButton(onBack: () => void) {
  return html`<div class="actions" ${zone({ id: 'health.back' })}>${backTemplate(onBack)}</div>`;
}

function backTemplate(onBack: () => void) {
  return html`<button
    class="button focusable"
    data-action="back"
    ${focusable({ key: 'back' })}
    @click=${onBack}
  >
    ${msg('返回', { id: 'health.back' })}
  </button>`;
}

/** The list's view, or a message that the server offers nothing (focusable, so the remote has a place). */
export function orEmpty<T>(
  onBack: () => void,
  list: readonly T[] | undefined,
  view: (list: readonly T[]) => TemplateResult,
) {
  if (list && list.length) return view(list);
  return html`<p class="message focusable" tabindex="-1" ${focusable({ key: 'empty' })}>
      ${msg('医院暂时没有可以预约的内容。', { id: 'health.empty' })}
    </p>
    ${backButton(onBack)}`;
}

export function waitingTemplate() {
  return html`<p
    class="message focusable"
    role="status"
    tabindex="-1"
    ${focusable({ key: 'loading' })}
  >
    ${msg('正在向医院查询…', { id: 'health.loading' })}
  </p>`;
}

export function errorTemplate(error: HealthError, onRetry: () => void, onBack: () => void) {
  return html`<p class="problem" role="alert">${errorText(error)}</p>
    <div class="actions" ${zone({ id: 'health.error' })}>
      <button
        class="button focusable"
        data-action="retry"
        ${focusable({ key: 'retry', autofocus: true })}
        @click=${onRetry}
      >
        ${msg('再试一次', { id: 'health.retry' })}
      </button>
      ${backTemplate(onBack)}
    </div>`;
}
