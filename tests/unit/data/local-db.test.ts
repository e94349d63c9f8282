import { beforeEach, describe, expect, it, vi } from 'vitest';

interface OpenCallbacks {
  terminated?: () => void;
}

const opens: OpenCallbacks[] = [];
let failNext = false;

vi.mock('idb', () => ({
  openDB: vi.fn((_name: string, _version: number, callbacks: OpenCallbacks) => {
    opens.push(callbacks);
    if (failNext) {
      failNext = false;
      return Promise.reject(new DOMException('storage unavailable', 'UnknownError'));
    }
    return Promise.resolve({ connection: opens.length, close: () => undefined });
  }),
}));

beforeEach(() => {
  opens.length = 0;
  vi.resetModules();
});

describe('the local database connection', () => {
  it('is opened once and shared', async () => {
    const { localDb } = await import('@src/data/local-db.js');
    const [a, b] = await Promise.all([localDb(), localDb()]);
    expect(a).toBe(b);
    expect(opens).toHaveLength(1);
  });

  it('opens again after an open that failed, instead of failing for good', async () => {
    const { localDb } = await import('@src/data/local-db.js');
    failNext = true;
    await expect(localDb()).rejects.toThrow('storage unavailable');
    await expect(localDb()).resolves.toMatchObject({ connection: 2 });
  });

  it('opens again once the browser has closed the connection', async () => {
    const { localDb } = await import('@src/data/local-db.js');
    await localDb();
    opens[0]?.terminated?.();
    await expect(localDb()).resolves.toMatchObject({ connection: 2 });
  });
});
