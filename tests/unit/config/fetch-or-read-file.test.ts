import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOrReadFile } from '@src/config/fetch-or-read-file';

/** XMLHttpRequest as an old TV engine has it for the app's own files: status 0, the text. */
class FakeFileRequest {
  static files = new Map<string, string>();
  static opened: string[] = [];
  responseText = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private _url = '';
  open(_method: string, url: string) {
    this._url = url;
    FakeFileRequest.opened.push(url);
  }
  send() {
    const text = FakeFileRequest.files.get(this._url);
    setTimeout(() => {
      if (text === undefined) this.onerror?.();
      else {
        this.responseText = text;
        this.onload?.();
      }
    }, 0);
  }
}

describe('fetchOrReadFile: the config of a packaged app, read from the TV disk', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeFileRequest.opened = [];
  });

  it('reads a file: address with XMLHttpRequest (old engines refuse fetch for file:)', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('XMLHttpRequest', FakeFileRequest);
    FakeFileRequest.files.set('file:///app/config.json', '{"locale":"en"}');
    const response = await fetchOrReadFile('file:///app/config.json');
    expect(response.ok).toBe(true);
    expect(await response.json()).toEqual({ locale: 'en' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails like fetch when the file is not there', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeFileRequest);
    await expect(fetchOrReadFile('file:///app/missing.json')).rejects.toThrow(TypeError);
  });

  it('leaves http(s) addresses to fetch', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('XMLHttpRequest', FakeFileRequest);
    await fetchOrReadFile('http://127.0.0.1:8080/config.json', { cache: 'no-cache' });
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:8080/config.json', { cache: 'no-cache' });
    expect(FakeFileRequest.opened).toEqual([]);
  });
});
