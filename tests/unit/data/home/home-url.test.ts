import { describe, expect, it } from 'vitest';
import { homeAssistantBaseUrl, homeAssistantSocketUrl } from '@src/data/home/home-url';

describe('homeAssistantBaseUrl', () => {
  it.each([
    [
      'http://192.168.1.20:8123',
      'http://192.168.1.20:8123',
      'ws://192.168.1.20:8123/api/websocket',
    ],
    ['http://[::1]:8123', 'http://[::1]:8123', 'ws://[::1]:8123/api/websocket'],
    ['http://[fd00::5]:8123/', 'http://[fd00::5]:8123', 'ws://[fd00::5]:8123/api/websocket'],
    [
      'https://home.example.com',
      'https://home.example.com',
      'wss://home.example.com/api/websocket',
    ],
    [
      'ws://homeassistant.example.org:8123/api/websocket',
      'http://homeassistant.example.org:8123',
      'ws://homeassistant.example.org:8123/api/websocket',
    ],
    [
      'wss://ha.example.com/api/websocket/',
      'https://ha.example.com',
      'wss://ha.example.com/api/websocket',
    ],
    [
      'http://127.0.0.1:4173/demo-api/home-assistant',
      'http://127.0.0.1:4173/demo-api/home-assistant',
      'ws://127.0.0.1:4173/demo-api/home-assistant/api/websocket',
    ],
    [
      'http://user:secret@10.0.0.2:8123/?x=1#y',
      'http://10.0.0.2:8123',
      'ws://10.0.0.2:8123/api/websocket',
    ],
  ])('%s → %s', (given, base, socket) => {
    expect(homeAssistantBaseUrl(given)).toBe(base);
    expect(homeAssistantSocketUrl(base)).toBe(socket);
  });

  it('resolves a relative address against the page', () => {
    expect(homeAssistantBaseUrl('/demo-api/home-assistant', 'https://tv.example.com/app/')).toBe(
      'https://tv.example.com/demo-api/home-assistant',
    );
  });

  it('refuses other schemes and non-URLs without quoting them', () => {
    expect(() => homeAssistantBaseUrl('ftp://user:pw@nas/')).toThrow(TypeError);
    expect(() => homeAssistantBaseUrl('ftp://user:pw@nas/')).not.toThrow(/pw/);
    expect(() => homeAssistantBaseUrl('not a url with pw')).toThrow(/not a URL$/);
  });
});
