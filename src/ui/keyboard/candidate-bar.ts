/**
 * The pinyin candidate bar, rendered inside the keyboard's shadow root: the
 * letters typed so far, then up to nine numbered characters (the remote's
 * number key n picks the n-th), with arrows showing that more pages lie to the
 * left or right. Left/Right past either end turns the page (the keyboard
 * handles that in `onKey`). Changes are announced politely, never urgently.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { focusable, zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import type { PinyinComposer } from './pinyin-composer.js';

export interface CandidateBarOptions {
  composer: PinyinComposer;
  zoneId: string;
  onPick: (indexOnPage: number) => void;
  onKey: (event: HearthKeyEvent) => void;
}

export function renderCandidateBar(options: CandidateBarOptions): TemplateResult {
  const { composer } = options;
  const page = composer.pageCandidates;
  const spoken = composer.buffer
    ? msg(str`拼音 ${composer.buffer}，候选：${page.join('、')}`, { id: 'inputs.candidatesSpoken' })
    : '';
  return html`
    <div class="candidate-bar">
      <span class="page-arrow" aria-hidden="true">${composer.hasPreviousPage ? '‹' : ''}</span>
      <div
        class="candidates"
        role="group"
        aria-label=${msg('候选字', { id: 'inputs.candidates' })}
        ${zone({ id: options.zoneId, memory: false, enter: 'first' })}
        @hearth-key=${options.onKey}
      >
        ${page.map(
          (char, i) =>
            html`<button
              class="candidate focusable"
              data-key=${`cand-${i + 1}`}
              data-index=${i}
              aria-label=${`${i + 1} ${char}`}
              ${focusable({ key: `cand-${i + 1}` })}
              @click=${() => options.onPick(i)}
            >
              <span class="number" aria-hidden="true">${i + 1}</span>${char}
            </button>`,
        )}
      </div>
      <span class="page-arrow" aria-hidden="true">${composer.hasNextPage ? '›' : ''}</span>
      <span class="page-count" aria-hidden="true"
        >${composer.pageCount > 1 ? `${composer.page + 1}/${composer.pageCount}` : ''}</span
      >
      <span class="visually-hidden" aria-live="polite">${spoken}</span>
    </div>
  `;
}
