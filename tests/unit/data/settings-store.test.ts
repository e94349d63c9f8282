import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SettingsStore,
} from '@src/data/settings/settings-store.js';

class MemoryStorage implements Storage {
  private _data = new Map<string, string>();
  get length() {
    return this._data.size;
  }
  clear() {
    this._data.clear();
  }
  getItem(key: string) {
    return this._data.get(key) ?? null;
  }
  key(i: number) {
    return [...this._data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this._data.delete(key);
  }
  setItem(key: string, value: string) {
    this._data.set(key, value);
  }
}

describe('settings store', () => {
  it('keeps a change for the next start', () => {
    const storage = new MemoryStorage();
    new SettingsStore(storage).update({ locale: 'en', textSize: 'largest' });
    const again = new SettingsStore(storage);
    expect(again.value.locale).toBe('en');
    expect(again.value.textSize).toBe('largest');
  });

  it('tells listeners about a change', () => {
    const store = new SettingsStore(new MemoryStorage());
    let changes = 0;
    store.addEventListener('change', () => changes++);
    store.update({ highContrast: true });
    expect(changes).toBe(1);
    expect(store.value.highContrast).toBe(true);
  });

  it('ignores damaged or foreign values instead of failing', () => {
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"locale":"fr","textSize":"huge","readAloud":"yes"}')).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});

describe('starting into live TV', () => {
  it("follows the operator's choice until the household makes its own", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage);
    expect(store.value.startInLive).toBeNull();
    store.update({ startInLive: false });
    expect(new SettingsStore(storage).value.startInLive).toBe(false);
    expect(parseSettings('{"startInLive":"yes"}').startInLive).toBeNull();
  });
});
