/**
 * A message in the middle of the picture with up to two choices: a dead
 * stream ("这个频道暂时无法播放" + "看下一个频道"), a channel list that could not
 * load, a programme that has not started. Left/Right choose, OK confirms,
 * Back dismisses.
 */
import { Component, type Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { ensureRows } from './row-pool.js';
import { panelPatch, textPatch } from './text.js';

export interface NoticeChoice {
  label: string;
  run: () => void;
}

export interface Notice {
  title: string;
  body: string;
  choices: NoticeChoice[];
  /** Back: what dismissing means (defaults to just closing). */
  onDismiss?: () => void;
}

const W = 1300;
const H = 420;
/** A programme not yet on offers four: 提醒我, 到时自动切换, 看这个频道, 返回. */
const MAX_CHOICES = 4;
const CHOICE_GAP = 30;
const CHOICE_MAX_W = 440;

export class NoticePanel extends Component {
  private _theme!: WatchTheme;
  private _notice: Notice | null = null;
  private _choice = 0;
  private _announce: (text: string) => void = () => undefined;
  private _onClosed: () => void = () => undefined;

  static override _template() {
    return {
      x: (1920 - W) / 2,
      y: (1080 - H) / 2,
      alpha: 0,
      Back: {},
      Title: {},
      Body: {},
      Choices: {},
    };
  }

  setup(theme: WatchTheme, announce: (text: string) => void, onClosed: () => void): void {
    this._theme = theme;
    this._announce = announce;
    this._onClosed = onClosed;
  }

  get isOpen(): boolean {
    return this._notice !== null;
  }

  open(notice: Notice): void {
    this._notice = notice;
    this._choice = 0;
    this.alpha = 1;
    this._draw();
    this._announce(
      [notice.title, notice.body, notice.choices[0]?.label].filter(Boolean).join('. '),
    );
  }

  close(): void {
    this._notice = null;
    this.alpha = 0;
  }

  override _handleLeft(): boolean {
    this._pick(-1);
    return true;
  }

  override _handleRight(): boolean {
    this._pick(1);
    return true;
  }

  override _handleUp(): boolean {
    return true;
  }

  override _handleDown(): boolean {
    return true;
  }

  _handleOk(): boolean {
    const choice = this._notice?.choices[this._choice];
    this.close();
    this._onClosed();
    choice?.run();
    return true;
  }

  override _handleBack(): boolean {
    const dismiss = this._notice?.onDismiss;
    this.close();
    this._onClosed();
    dismiss?.();
    return true;
  }

  private _pick(delta: number): void {
    const count = Math.min(this._notice?.choices.length ?? 0, MAX_CHOICES);
    const next = this._choice + delta;
    if (next < 0 || next >= count) return;
    this._choice = next;
    this._draw();
    this._announce(this._notice?.choices[next]?.label ?? '');
  }

  private _draw(): void {
    const t = this._theme;
    const notice = this._notice;
    if (!notice) return;
    (this.tag('Back') as Element).patch(panelPatch(W, H, t.panelSolid));
    (this.tag('Title') as Element).patch({
      x: 60,
      y: 50,
      ...textPatch(t, notice.title, { size: t.size.title, bold: true, width: W - 120 }),
    });
    (this.tag('Body') as Element).patch({
      x: 60,
      y: 130,
      ...textPatch(t, notice.body, {
        size: t.size.body,
        colour: t.textDim,
        width: W - 120,
        maxLines: 3,
      }),
    });
    const buttons = ensureRows(this.tag('Choices') as Element, MAX_CHOICES, () => ({
      Bg: {},
      Label: {},
    }));
    const count = Math.min(notice.choices.length, MAX_CHOICES);
    const bw = Math.min(CHOICE_MAX_W, (W - 120 - (count - 1) * CHOICE_GAP) / Math.max(1, count));
    buttons.forEach((button, i) => {
      const choice = notice.choices[i];
      if (!choice) {
        button.alpha = 0;
        return;
      }
      const lit = i === this._choice;
      button.patch({ alpha: 1, x: 60 + i * (bw + CHOICE_GAP), y: H - 130 });
      (button.tag('Bg') as Element).patch(panelPatch(bw, 90, lit ? t.accent : t.cell));
      (button.tag('Label') as Element).patch({
        x: bw / 2,
        y: 45,
        mount: 0.5,
        ...textPatch(t, choice.label, {
          size: t.size.body,
          bold: lit,
          colour: lit ? t.focusText : t.text,
          width: bw - 30,
          align: 'center',
        }),
      });
    });
  }
}
