import { describe, expect, it } from 'vitest';
import { RETRY_AFTER_CAP_MS, deliveryOf } from '@src/data/outbox/delivery.js';

const answer = (status: number, headers: Record<string, string> = {}) =>
  deliveryOf(new Response(null, { status, headers }));

describe('what an answer means for a queued request', () => {
  it('honours a Retry-After in seconds', () => {
    expect(answer(503, { 'Retry-After': '120' })).toEqual({
      kind: 'retry',
      reason: 'HTTP 503',
      retryAfterMs: 120_000,
    });
  });

  it('caps a Retry-After that would push a household request back for days', () => {
    expect(answer(503, { 'Retry-After': String(10 * 365 * 86_400) })).toMatchObject({
      retryAfterMs: RETRY_AFTER_CAP_MS,
    });
  });

  it("reads a Retry-After date against the server's own clock, not the TV's", () => {
    // The TV booted without a network clock and believes it is 1970; the server's
    // Date and Retry-After are two minutes apart, and that is the wait.
    const date = 'Sun, 06 Dec 2026 08:00:00 GMT';
    const until = 'Sun, 06 Dec 2026 08:02:00 GMT';
    expect(answer(429, { Date: date, 'Retry-After': until })).toMatchObject({
      retryAfterMs: 120_000,
    });
  });

  it('treats an unreadable Retry-After as none, and a 4xx as refused', () => {
    expect(answer(503, { 'Retry-After': 'soon' })).toMatchObject({ retryAfterMs: null });
    expect(answer(422)).toEqual({ kind: 'refused', reason: 'HTTP 422' });
  });
});
