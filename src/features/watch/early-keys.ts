/**
 * Keys pressed while live TV is still loading its channel list. A household
 * presses CH+ or types a channel number as soon as the screen opens; dropping
 * those presses made the remote seem dead, so the ones live TV acts on (channel
 * keys, digits, arrows, OK, Info, Guide) are kept, a few and in order, and
 * played once channels can be tuned. Back and the rest keep their meaning at
 * once (Back still leaves), and nothing is kept once loading has failed.
 */
import { LOGICAL_KEYS, type LogicalKey } from '../../focus/logical-key.js';

const KEPT: ReadonlySet<LogicalKey> = new Set<LogicalKey>([
  'Up',
  'Down',
  'Left',
  'Right',
  'Ok',
  'Info',
  'Guide',
  'ChannelUp',
  'ChannelDown',
  ...LOGICAL_KEYS.filter((key) => key.startsWith('Digit')),
]);

/** More than this while a list loads is a held key, not a plan: the rest is dropped. */
const LIMIT = 8;

export class EarlyKeys {
  private _keys: LogicalKey[] = [];

  /** Keeps the key for later; false when it is not one to keep (let it act now). */
  keep(key: LogicalKey): boolean {
    if (!KEPT.has(key)) return false;
    if (this._keys.length < LIMIT) this._keys.push(key);
    return true;
  }

  /** Hands the kept keys over, oldest first, and forgets them. */
  play(act: (key: LogicalKey) => void): void {
    const keys = this._keys;
    this._keys = [];
    for (const key of keys) act(key);
  }

  clear(): void {
    this._keys = [];
  }
}
