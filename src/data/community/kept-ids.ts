/**
 * A set of ids kept on the TV (which notices were read, which parcels were
 * announced) so a restart does not forget them. Only ids: never a notice's
 * text or a parcel's code. Capped, oldest first out; `stillWanted` lets a
 * caller drop ids that no longer matter (parcels already collected).
 */
type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

export class KeptIds {
  private _ids: string[];

  constructor(
    private readonly _key: string,
    private readonly _keep: number,
    private readonly _storage: Store = localStore(),
  ) {
    this._ids = load(_storage, _key);
  }

  has(id: string): boolean {
    return this._ids.includes(id);
  }

  /** False when it was there already. */
  add(id: string, stillWanted?: readonly string[]): boolean {
    if (this.has(id)) return false;
    const wanted = stillWanted && new Set([...stillWanted, id]);
    this._ids = [...this._ids, id].filter((kept) => !wanted || wanted.has(kept)).slice(-this._keep);
    try {
      this._storage?.setItem(this._key, JSON.stringify(this._ids));
    } catch {
      // Storage full or refused: right until the next restart, nothing worse.
    }
    return true;
  }
}

/** Which notices the household has opened (not personal: ids of a building's public notices). */
export const readNotices = (storage?: Store) => new KeptIds('hearth.community.read', 500, storage);
/** Which parcels the household has been told of. */
export const seenParcels = (storage?: Store) =>
  new KeptIds('hearth.community.parcelsSeen', 100, storage);

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function load(storage: Store, key: string): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
