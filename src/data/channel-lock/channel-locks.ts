/**
 * Channel lock (频道锁): the channels and playlist groups the household keeps
 * behind its PIN, the age from which the guide's ratings lock a programme
 * (按节目分级), and whether the PIN was given lately. A locked channel shows its
 * name and asks for the PIN; never its picture, sound or programme titles. A
 * programme rated for that age or older is locked the same way while it airs.
 *
 * Which channels are locked is kept in localStorage (channel keys and group
 * names are not personal data; a household reset clears them). The unlock is
 * kept in memory only: it lasts UNLOCK_LASTS_MS at most, and ends when the TV
 * goes to standby (the page is hidden) or the page reloads.
 */
import type { ProgrammeRating } from '../guide/guide-types.js';
import { ratingAge } from '../guide/rating-age.js';
import { safeLocalStorage } from '../safe-local-storage.js';

const STORAGE_KEY = 'hearth.channelLock';
/** Four hours: a film and then some, not the rest of the week. */
export const UNLOCK_LASTS_MS = 4 * 3600_000;
/** More than any playlist has groups or a household locks channels. */
const MAX_ENTRIES = 5000;
/** The ages a household can lock rated programmes from (Settings → 频道锁). */
export const RATING_AGES = [12, 16, 18] as const;

/** What a lock decision needs of a channel. */
export interface LockableChannel {
  key: string;
  groups: readonly string[];
}

interface Stored {
  channels: string[];
  groups: string[];
  /** Programmes rated for this age or older are locked; null: ratings lock nothing. */
  ratingAge: number | null;
}

export class ChannelLocks extends EventTarget {
  private _channels: Set<string>;
  private _groups: Set<string>;
  private _ratingAge: number | null;
  private _unlockedUntil = 0;

  constructor(
    private readonly _storage: Storage | null = safeLocalStorage(),
    private readonly _now: () => number = Date.now,
  ) {
    super();
    const stored = parseStored(this._storage?.getItem(STORAGE_KEY) ?? null);
    this._channels = new Set(stored.channels);
    this._groups = new Set(stored.groups);
    this._ratingAge = stored.ratingAge;
  }

  /** Whether anything at all is locked (Settings says so; live TV may skip the checks). */
  get any(): boolean {
    return this._channels.size > 0 || this._groups.size > 0 || this._ratingAge !== null;
  }

  /** The age from which rated programmes are locked, or null. */
  get ratingAge(): number | null {
    return this._ratingAge;
  }

  /**
   * Locked now by its rating: rated (a rating ratingAge() can read) for the
   * household's age or older, and the PIN not given within the last four hours.
   */
  programmeLocked(programme: { rating?: ProgrammeRating } | undefined): boolean {
    if (this._ratingAge === null || !programme?.rating || this.isUnlocked) return false;
    const age = ratingAge(programme.rating);
    return age !== undefined && age >= this._ratingAge;
  }

  setRatingAge(age: number | null): void {
    this._ratingAge = age;
    this._save();
  }

  /** Locked by the household's choice, whether or not the PIN was given lately. */
  isSetFor(channel: LockableChannel): boolean {
    return this._channels.has(channel.key) || channel.groups.some((g) => this._groups.has(g));
  }

  /** Locked now: set for this channel, and the PIN not given within the last four hours. */
  isLocked(channel: LockableChannel): boolean {
    return this.isSetFor(channel) && !this.isUnlocked;
  }

  get isUnlocked(): boolean {
    return this._now() < this._unlockedUntil;
  }

  channelLocked(key: string): boolean {
    return this._channels.has(key);
  }

  groupLocked(group: string): boolean {
    return this._groups.has(group);
  }

  setChannel(key: string, locked: boolean): void {
    if (locked) this._channels.add(key);
    else this._channels.delete(key);
    this._save();
  }

  setGroup(group: string, locked: boolean): void {
    if (locked) this._groups.add(group);
    else this._groups.delete(group);
    this._save();
  }

  /** The PIN was given: locked channels play until standby or four hours from now. */
  unlock(): void {
    this._unlockedUntil = this._now() + UNLOCK_LASTS_MS;
    this.dispatchEvent(new Event('change'));
  }

  /** Standby (the page hidden) or the household's word: locked channels lock again. */
  relock(): void {
    if (this._unlockedUntil === 0) return;
    this._unlockedUntil = 0;
    this.dispatchEvent(new Event('change'));
  }

  private _save(): void {
    const value: Stored = {
      channels: [...this._channels],
      groups: [...this._groups],
      ratingAge: this._ratingAge,
    };
    try {
      this._storage?.setItem(STORAGE_KEY, JSON.stringify(value));
    } catch {
      // Full storage: the lock holds for this visit, and Settings still shows it.
    }
    this.dispatchEvent(new Event('change'));
  }
}

function parseStored(raw: string | null): Stored {
  const strings = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').slice(0, MAX_ENTRIES)
      : [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') {
      const value = parsed as Partial<Record<keyof Stored, unknown>>;
      const age = value.ratingAge;
      return {
        channels: strings(value.channels),
        groups: strings(value.groups),
        ratingAge: (RATING_AGES as readonly unknown[]).includes(age) ? (age as number) : null,
      };
    }
  } catch {
    // A damaged record unlocks everything: Settings → 频道锁 shows it, and the
    // household sets the locks again.
    console.warn('[hearth:channel-lock] the stored channel locks could not be read');
  }
  return { channels: [], groups: [], ratingAge: null };
}

let shared: ChannelLocks | null = null;

/** The page's one channel lock; it locks again when the TV goes to standby. */
export function channelLocks(): ChannelLocks {
  if (!shared) {
    const locks = new ChannelLocks();
    shared = locks;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') locks.relock();
    });
  }
  return shared;
}
