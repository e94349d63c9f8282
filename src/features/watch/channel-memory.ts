/**
 * What the household chose to keep between visits: the channel they watched
 * last and their favourites. Not personal data (a channel key), so plain
 * localStorage is enough; a box without storage simply forgets.
 */
const STORAGE_KEY = 'hearth.watch';

interface Remembered {
  last?: string;
  favourites: string[];
}

function read(): Remembered {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') {
      const value = parsed as Partial<Remembered>;
      return {
        last: typeof value.last === 'string' ? value.last : undefined,
        favourites: Array.isArray(value.favourites)
          ? value.favourites.filter((f): f is string => typeof f === 'string')
          : [],
      };
    }
  } catch {
    // Unreadable or unavailable storage: start fresh.
  }
  return { favourites: [] };
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

export function rememberChannel(key: string): void {
  write({ ...read(), last: key });
}

export function favouriteChannels(): Set<string> {
  return new Set(read().favourites);
}

export function saveFavourites(keys: ReadonlySet<string>): void {
  write({ ...read(), favourites: [...keys] });
}
