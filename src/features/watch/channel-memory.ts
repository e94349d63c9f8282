/**
 * What the household chose to keep between visits: the channel they watched
 * last and the last few they watched (最近观看). Favourites were kept here
 * before they had named lists (my-channels.ts reads them once). Channel keys
 * are not personal data, so plain localStorage is enough (a household reset
 * clears it); a box without storage simply forgets.
 */
const STORAGE_KEY = 'hearth.watch';

/** How many channels 最近观看 keeps. */
export const RECENT_LIMIT = 10;

interface Remembered {
  last?: string;
  /** Read once by my-channels.ts, which keeps favourites since. */
  favourites: string[];
  /** Most recent first, each channel once. */
  recent: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function read(): Remembered {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') {
      const value = parsed as Partial<Remembered>;
      return {
        last: typeof value.last === 'string' ? value.last : undefined,
        favourites: strings(value.favourites),
        recent: strings(value.recent).slice(0, RECENT_LIMIT),
      };
    }
  } catch {
    // Unreadable or unavailable storage: start fresh.
  }
  return { favourites: [], recent: [] };
}

function write(value: Remembered): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Full or unavailable storage: the choice lasts this visit only.
  }
}

export function rememberedChannel(): string | undefined {
  return read().last;
}

/** The channel now on: it is the last one, and first among the recent ones. */
export function rememberChannel(key: string): void {
  const kept = read();
  const recent = [key, ...kept.recent.filter((k) => k !== key)].slice(0, RECENT_LIMIT);
  write({ ...kept, last: key, recent });
}

export function recentChannels(): string[] {
  return read().recent;
}

/** The favourites of a household that kept them before lists had names. */
export function formerFavourites(): string[] {
  return read().favourites;
}
