/**
 * Which notices the household has opened, kept on the TV (not personal: ids of
 * a building's public notices) so unread counts survive a restart. Capped: a
 * feed's ids that are long gone are forgotten first.
 */
const KEY = 'hearth.community.read';
const KEEP = 500;

export class NoticeReadState {
  private _read: string[];

  constructor(private readonly _storage: Pick<Storage, 'getItem' | 'setItem'> | null = store()) {
    this._read = load(this._storage);
  }

  has(id: string): boolean {
    return this._read.includes(id);
  }

  add(id: string): boolean {
    if (this.has(id)) return false;
    this._read = [...this._read, id].slice(-KEEP);
    try {
      this._storage?.setItem(KEY, JSON.stringify(this._read));
    } catch {
      // Storage full or refused: the count is right until the next restart.
    }
    return true;
  }
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function load(storage: Pick<Storage, 'getItem'> | null): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
