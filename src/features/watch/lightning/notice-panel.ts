/**
 * A message in the middle of the picture with up to two choices: a dead
 * stream ("这个频道暂时无法播放" + "看下一个频道"), a channel list that could not
 * load, a programme that has not started. Left/Right choose, OK confirms,
 * Back dismisses.
 */
import { Component, type Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { STAGE_H, STAGE_W } from './layout.js';
import { child } from './child.js';
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
const CHOICE_H = 90;
/** The choices' bottom margin: they sit CHOICE_BOTTOM above the panel's foot. */
const CHOICE_BOTTOM = 130;
/** A choice's label inside its button, both sides together. */
const CHOICE_INSET = 30;
/** The panel's side padding; the words are W - 2 × PAD wide. */
const PAD = 60;
const TITLE_Y = 50;
const BODY_Y = 130;

interface NoticeSpec extends Component.TemplateSpec {
  Back: object;
  Title: object;
  Body: object;
  Choices: object;
}

/** A choice's button in the pool under Choices. */
interface ChoiceSpec extends Element.TemplateSpec {
  Bg: object;
  Label: object;
}

export class NoticePanel
  extends Component<NoticeSpec>
  implements Component.ImplementTemplateSpec<NoticeSpec>
{
  private _theme!: WatchTheme;
  private _notice: Notice | null = null;
  private _choice = 0;
  private _announce: (text: string) => void = () => undefined;
  private _onClosed: () => void = () => undefined;

  static override _template(): Component.Template<NoticeSpec> {
    return {
      x: (STAGE_W - W) / 2,
      y: (STAGE_H - H) / 2,
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
    child(this.tag('Back')).patch(panelPatch(W, H, t.panelSolid));
    child(this.tag('Title')).patch({
      x: PAD,
      y: TITLE_Y,
      ...textPatch(t, notice.title, { size: t.size.title, bold: true, width: W - 2 * PAD }),
    });
    child(this.tag('Body')).patch({
      x: PAD,
      y: BODY_Y,
      ...textPatch(t, notice.body, {
        size: t.size.body,
        colour: t.textDim,
        width: W - 2 * PAD,
        maxLines: 3,
      }),
    });
    const buttons = ensureRows<ChoiceSpec>(child(this.tag('Choices')), MAX_CHOICES, () => ({
      Bg: {},
      Label: {},
    }));
    const count = Math.min(notice.choices.length, MAX_CHOICES);
    const bw = Math.min(
      CHOICE_MAX_W,
      (W - 2 * PAD - (count - 1) * CHOICE_GAP) / Math.max(1, count),
    );
    buttons.forEach((button, i) => {
      const choice = notice.choices[i];
      if (!choice) {
        button.alpha = 0;
        return;
      }
      const lit = i === this._choice;
      button.patch({ alpha: 1, x: PAD + i * (bw + CHOICE_GAP), y: H - CHOICE_BOTTOM });
      child(button.tag('Bg')).patch(panelPatch(bw, CHOICE_H, lit ? t.accent : t.cell));
      child(button.tag('Label')).patch({
        x: bw / 2,
        y: CHOICE_H / 2,
        mount: 0.5,
        ...textPatch(t, choice.label, {
          size: t.size.body,
          bold: lit,
          colour: lit ? t.focusText : t.text,
          width: bw - CHOICE_INSET,
          align: 'center',
        }),
      });
    });
  }
}
