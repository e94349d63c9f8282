import { describe, expect, it } from 'vitest';
import { randomId } from '@src/data/random-id.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('random ids', () => {
  it('are distinct v4 UUIDs on engines without crypto.randomUUID (Chromium < 92)', () => {
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 200 }, () => randomId()));
      expect(ids.size).toBe(200);
      for (const id of ids) expect(id).toMatch(UUID_V4);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
      if (original) expect(typeof crypto.randomUUID).toBe('function');
    }
  });

  it('use the engine’s own generator where there is one', () => {
    expect(randomId()).toMatch(UUID_V4);
  });
});
