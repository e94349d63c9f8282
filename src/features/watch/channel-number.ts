/**
 * Typing a channel number on the remote: digits collect in a visible buffer and
 * the channel is chosen when the household stops typing (or types a fourth
 * digit). A number means the playlist's `tvg-chno` when channels carry one,
 * otherwise the position in the list, counting from 1.
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';

export const NUMBER_ENTRY_TIMEOUT_MS = 2000;
const MAX_DIGITS = 4;

export function channelIndexForNumber(channels: readonly Channel[], number: number): number {
  const byChno = channels.findIndex((c) => c.number === number);
  if (byChno >= 0) return byChno;
  const anyChno = channels.some((c) => c.number !== undefined);
  if (anyChno) return -1;
  return number >= 1 && number <= channels.length ? number - 1 : -1;
}

/** The number shown for a channel: its tvg-chno, else its position. */
export function displayNumber(channels: readonly Channel[], index: number): number {
  return channels[index]?.number ?? index + 1;
}

/** What a typed number with no channel says, on screen and aloud. */
export function noSuchNumber(number: number): string {
  return msg(str`没有 ${number} 频道`, { id: 'watch.noSuchNumber' });
}

export class NumberEntry {
  private _digits = '';
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly _onChange: (digits: string) => void,
    private readonly _onDone: (number: number) => void,
    private readonly _timeoutMs = NUMBER_ENTRY_TIMEOUT_MS,
  ) {}

  get digits(): string {
    return this._digits;
  }

  type(digit: number): void {
    this._digits += String(digit);
    this._onChange(this._digits);
    clearTimeout(this._timer);
    if (this._digits.length >= MAX_DIGITS) this.commit();
    else this._timer = setTimeout(() => this.commit(), this._timeoutMs);
  }

  /** OK while typing chooses at once. */
  commit(): void {
    clearTimeout(this._timer);
    const digits = this._digits;
    this._digits = '';
    this._onChange('');
    if (digits) this._onDone(Number(digits));
  }

  cancel(): void {
    clearTimeout(this._timer);
    this._digits = '';
    this._onChange('');
  }
}
