/**
 * One key of the on-screen keyboard: its face, the name read aloud, and its
 * place on the grid. A disabled key (更多 with one page of candidates) is not
 * registered with the focus engine, so the arrows pass it by.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { focusable } from '../../focus/directives.js';
import type { KeySpec } from './keyboard-layouts.js';
import { styleProperties } from '../style-properties.js';

export interface KeyState {
  shift: boolean;
  /** The pinyin keyboard is switched to letters. */
  english: boolean;
  disabled: boolean;
  onPress: () => void;
}

export function renderKey(spec: KeySpec, row: number, state: KeyState): TemplateResult {
  const id = spec.kind === 'char' ? spec.text : spec.kind;
  return html`<button
    class="key focusable ${spec.kind === 'char' ? '' : 'word'} ${spec.kind}"
    data-key=${id}
    style=${styleProperties({ 'grid-row': String(row), 'grid-column': `span ${spec.span ?? 1}` })}
    aria-label=${keyName(spec, state.english)}
    aria-pressed=${spec.kind === 'shift' ? String(state.shift) : nothing}
    ?disabled=${state.disabled}
    ${state.disabled ? nothing : focusable({ key: id })}
    @click=${state.onPress}
  >
    ${keyFace(spec, state.english)}
  </button>`;
}

function keyName(spec: KeySpec, english: boolean): string {
  switch (spec.kind) {
    case 'char':
      return spec.text;
    case 'delete':
      return msg('删除', { id: 'inputs.key.delete' });
    case 'done':
      return msg('完成', { id: 'inputs.key.done' });
    case 'shift':
      return msg('大写', { id: 'inputs.key.shift' });
    case 'space':
      return msg('空格', { id: 'inputs.key.space' });
    case 'lang':
      // Starts with what the key shows (中/英), so speech input can name it (WCAG 2.5.3).
      return english
        ? msg('中/英：切换到中文拼音', { id: 'inputs.key.toChinese' })
        : msg('中/英：切换到英文字母', { id: 'inputs.key.toEnglish' });
    case 'more':
      return msg('更多候选字', { id: 'inputs.key.moreSpoken' });
  }
}

function keyFace(spec: KeySpec, english: boolean): TemplateResult | string {
  switch (spec.kind) {
    case 'char':
      return spec.text;
    case 'lang': {
      // The mode in use is highlighted: 中 while typing pinyin, 英 while typing letters.
      const chinese = msg('中', { id: 'inputs.key.chinese' });
      const latin = msg('英', { id: 'inputs.key.english' });
      return english
        ? html`${chinese}/<span class="current">${latin}</span>`
        : html`<span class="current">${chinese}</span>/${latin}`;
    }
    case 'more':
      return msg('更多', { id: 'inputs.key.more' });
    default:
      return keyName(spec, english);
  }
}
