import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchHomePicture } from '@src/data/home/home-picture.js';
import { HomeServiceError } from '@src/data/home/home-service-error.js';

afterEach(() => vi.unstubAllGlobals());

describe('a camera picture from the hub', () => {
  it('never lets the token follow a redirect to another host', async () => {
    // As an engine before Chromium 119 does: a redirect is followed with the same
    // headers unless the request says redirect: 'error'.
    const reachedElsewhere: (string | null)[] = [];
    vi.stubGlobal('fetch', async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.redirect === 'error') throw new TypeError('Failed to fetch: redirect');
      reachedElsewhere.push(new Headers(init?.headers).get('Authorization'));
      return new Response(new Blob(['jpeg']), { status: 200 });
    });
    const picture = fetchHomePicture(
      'http://127.0.0.1:8123',
      'long-lived-token',
      '/api/camera_proxy/camera.door?token=abc',
    );
    await expect(picture).rejects.toBeInstanceOf(HomeServiceError);
    expect(reachedElsewhere).toEqual([]);
  });
});
