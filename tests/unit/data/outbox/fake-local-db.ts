/**
 * An in-memory stand-in for Hearth's IndexedDB database (Node has no
 * IndexedDB and fake-indexeddb is not installed): just the idb calls the
 * outbox, vault, drafts and applications make, with the same key paths and
 * the `byCreated` index. Values are stored by structured copy, like IndexedDB,
 * except CryptoKeys (kept as they are, as IndexedDB does).
 *
 * Use: vi.mock('<path>/src/data/local-db', () => import('<path>/fake-local-db').then((m) => m.mockModule))
 * and reach the same instance as `sharedFakeDb`.
 */
type Row = Record<string, unknown>;

const KEY_PATHS: Record<string, string | null> = {
  keys: null,
  'sw-settings': null,
  outbox: 'id',
  'outbox-results': 'id',
  drafts: 'serviceId',
  applications: 'id',
};

export class FakeLocalDb {
  readonly stores = new Map<string, Map<string, unknown>>();

  store(name: string): Map<string, unknown> {
    if (!(name in KEY_PATHS)) throw new Error(`no store ${name}`);
    let store = this.stores.get(name);
    if (!store) {
      store = new Map();
      this.stores.set(name, store);
    }
    return store;
  }

  clear(): void {
    this.stores.clear();
  }

  async get(name: string, key: string): Promise<unknown> {
    return copy(this.store(name).get(key));
  }

  async put(name: string, value: unknown, key?: string): Promise<string> {
    const keyPath = KEY_PATHS[name];
    const id = keyPath ? String((value as Row)[keyPath]) : key;
    if (id === undefined) throw new Error('no key');
    this.store(name).set(id, copy(value));
    return id;
  }

  async delete(name: string, key: string): Promise<void> {
    this.store(name).delete(key);
  }

  async getAll(name: string): Promise<unknown[]> {
    return [...this.store(name).values()].map(copy);
  }

  async getAllFromIndex(name: string, _index: 'byCreated'): Promise<unknown[]> {
    const rows = (await this.getAll(name)) as Row[];
    return rows.sort((a, b) => Number(a.createdAt) - Number(b.createdAt));
  }

  /** The end of the last transaction begun: IndexedDB runs readwrite transactions one at a time. */
  private _lastTransaction: Promise<void> = Promise.resolve();

  /**
   * A transaction waits for the one before it and holds the next until its
   * `done` is awaited, as overlapping readwrite transactions on one store do.
   */
  transaction(name: string) {
    const turn = this._lastTransaction;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this._lastTransaction = turn.then(() => finished);
    return {
      store: {
        get: async (key: string) => {
          await turn;
          return this.get(name, key);
        },
        put: async (value: unknown, key?: string) => {
          await turn;
          return this.put(name, value, key);
        },
      },
      get done() {
        finish();
        return turn;
      },
    };
  }
}

function copy<T>(value: T): T {
  if (value === undefined || value instanceof CryptoKey) return value;
  return structuredClone(value);
}

/**
 * One instance per test file (each file runs in its own module graph), kept on
 * the global so a test that loads a module twice (the page's and the service
 * worker's copy of the outbox) still has them share one database.
 */
const holder = globalThis as { hearthFakeDb?: FakeLocalDb };
export const sharedFakeDb = (holder.hearthFakeDb ??= new FakeLocalDb());
export const mockModule = { localDb: async () => sharedFakeDb, DB_NAME: 'hearth' };
