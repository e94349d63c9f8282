import { describe, expect, it } from 'vitest';
import {
  keyCodeTable,
  logicalKeyEvent,
  readHbbtvVkTable,
  toLogicalKey,
  type VkTable,
} from '@src/focus/key-tables';
import { LOGICAL_KEYS, type LogicalKey } from '@src/focus/logical-key';
import { PLATFORM_IDS, type PlatformId } from '@src/focus/platform';

/** What each platform's remote sends for the keys every screen depends on (keyCode only). */
interface Expected {
  back: readonly number[];
  colours: readonly [number, number, number, number] | null;
  channel: readonly [number, number] | null;
}

const EXPECTED: Readonly<Record<PlatformId, Expected>> = {
  desktop: { back: [27, 8], colours: [112, 113, 114, 115], channel: [33, 34] },
  tizen: { back: [10009], colours: [403, 404, 405, 406], channel: [427, 428] },
  webos: { back: [461], colours: [403, 404, 405, 406], channel: [33, 34] },
  hbbtv: { back: [461], colours: [403, 404, 405, 406], channel: [427, 428] },
  androidtv: { back: [166, 4], colours: null, channel: [33, 34] },
  firetv: { back: [4, 166], colours: null, channel: null },
  cobalt: { back: [27, 8, 166], colours: [403, 404, 405, 406], channel: [427, 428] },
  rdk: { back: [8, 27], colours: [403, 404, 405, 406], channel: [175, 174] },
  vidaa: { back: [8], colours: [403, 404, 405, 406], channel: null },
  iptv: { back: [8, 340, 1249, 24], colours: [275, 276, 277, 278], channel: [257, 258] },
};

const COLOURS = ['Red', 'Green', 'Yellow', 'Blue'] as const;

function byCode(keyCode: number, platform: PlatformId, vk?: VkTable): LogicalKey | null {
  return toLogicalKey({ key: 'Unidentified', keyCode }, platform, vk);
}

describe.each(PLATFORM_IDS)('keyCodes on %s', (platform) => {
  const expected = EXPECTED[platform];

  it('maps the D-pad and OK', () => {
    expect(byCode(38, platform)).toBe('Up');
    expect(byCode(40, platform)).toBe('Down');
    expect(byCode(37, platform)).toBe('Left');
    expect(byCode(39, platform)).toBe('Right');
    expect(byCode(13, platform)).toBe('Ok');
  });

  it('maps every Back code the platform sends', () => {
    for (const code of expected.back) expect(byCode(code, platform)).toBe('Back');
    expect(logicalKeyEvent('Back', platform)?.keyCode).toBe(expected.back[0]);
  });

  it('maps the colour keys as the table says', () => {
    if (expected.colours) {
      expected.colours.forEach((code, i) => expect(byCode(code, platform)).toBe(COLOURS[i]));
      COLOURS.forEach((colour, i) =>
        expect(logicalKeyEvent(colour, platform)?.keyCode).toBe(expected.colours?.[i]),
      );
    } else if (platform === 'androidtv') {
      // Chromium gives colour keys a W3C key but no keyCode.
      COLOURS.forEach((colour) => expect(logicalKeyEvent(colour, platform)?.keyCode).toBe(0));
    } else {
      COLOURS.forEach((colour) => expect(logicalKeyEvent(colour, platform)).toBeNull());
    }
  });

  it('maps the channel keys as the table says', () => {
    if (expected.channel) {
      expect(byCode(expected.channel[0], platform)).toBe('ChannelUp');
      expect(byCode(expected.channel[1], platform)).toBe('ChannelDown');
      expect(logicalKeyEvent('ChannelUp', platform)?.keyCode).toBe(expected.channel[0]);
      expect(logicalKeyEvent('ChannelDown', platform)?.keyCode).toBe(expected.channel[1]);
    } else {
      expect(logicalKeyEvent('ChannelUp', platform)).toBeNull();
      expect(logicalKeyEvent('ChannelDown', platform)).toBeNull();
    }
  });

  it('ignores keyCodes it does not know', () => {
    expect(byCode(99999, platform)).toBeNull();
    expect(toLogicalKey({}, platform)).toBeNull();
    expect(toLogicalKey({ key: 'Unidentified', keyCode: 0 }, platform)).toBeNull();
  });
});

describe('W3C key values', () => {
  const cases: readonly (readonly [string, LogicalKey])[] = [
    ['ArrowUp', 'Up'],
    ['ArrowDown', 'Down'],
    ['ArrowLeft', 'Left'],
    ['ArrowRight', 'Right'],
    ['Enter', 'Ok'],
    ['Escape', 'Back'],
    ['GoBack', 'Back'],
    ['BrowserBack', 'Back'],
    ['Back', 'Back'],
    ['XF86Back', 'Back'],
    ['Exit', 'Exit'],
    ['Home', 'Home'],
    ['BrowserHome', 'Home'],
    ['ContextMenu', 'Menu'],
    ['Info', 'Info'],
    ['Guide', 'Guide'],
    ['ChannelUp', 'ChannelUp'],
    ['ChannelDown', 'ChannelDown'],
    ['ColorF0Red', 'Red'],
    ['ColorF1Green', 'Green'],
    ['ColorF2Yellow', 'Yellow'],
    ['ColorF3Blue', 'Blue'],
    ['MediaPlayPause', 'PlayPause'],
    ['MediaPlay', 'Play'],
    ['MediaPause', 'Pause'],
    ['MediaStop', 'Stop'],
    ['MediaFastForward', 'FastForward'],
    ['MediaRewind', 'Rewind'],
    ['AudioVolumeUp', 'VolumeUp'],
    ['AudioVolumeDown', 'VolumeDown'],
    ['AudioVolumeMute', 'Mute'],
    ['0', 'Digit0'],
    ['7', 'Digit7'],
  ];

  it.each(PLATFORM_IDS)('mean the same on %s, whatever the keyCode', (platform) => {
    for (const [key, logical] of cases) {
      expect(toLogicalKey({ key, keyCode: 12345 }, platform)).toBe(logical);
    }
  });

  it('win over the keyCode (a numpad digit, an Android Play that shares 179 with PlayPause)', () => {
    expect(toLogicalKey({ key: '3', code: 'Numpad3', keyCode: 99 }, 'desktop')).toBe('Digit3');
    expect(toLogicalKey({ key: 'MediaPlay', keyCode: 179 }, 'androidtv')).toBe('Play');
    expect(byCode(179, 'androidtv')).toBe('PlayPause');
  });
});

describe('round trip through the platform tables', () => {
  it.each(PLATFORM_IDS)(
    'toLogicalKey(logicalKeyEvent(k)) === k for every key the %s remote has',
    (platform) => {
      let supported = 0;
      for (const logical of LOGICAL_KEYS) {
        const event = logicalKeyEvent(logical, platform);
        if (event === null) continue;
        supported += 1;
        expect(toLogicalKey(event, platform), `${platform} ${logical}`).toBe(logical);
        // Where the engine gives no useful `key`, the keyCode alone must carry the meaning.
        if (event.key === 'Unidentified') {
          expect(byCode(event.keyCode, platform), `${platform} ${logical} by keyCode`).toBe(
            logical,
          );
        }
      }
      // Every remote has at least the D-pad, OK and Back.
      expect(supported).toBeGreaterThanOrEqual(6);
    },
  );

  it('says null for keys a remote does not have', () => {
    expect(logicalKeyEvent('Exit', 'desktop')).toBeNull();
    expect(logicalKeyEvent('Info', 'desktop')).toBeNull();
    expect(logicalKeyEvent('Red', 'firetv')).toBeNull();
    expect(logicalKeyEvent('Digit1', 'firetv')).toBeNull();
    expect(logicalKeyEvent('Exit', 'hbbtv')).toBeNull();
  });

  it('builds complete events: W3C key and code where the engine fills them in', () => {
    expect(logicalKeyEvent('Up', 'tizen')).toEqual({
      key: 'ArrowUp',
      keyCode: 38,
      code: 'ArrowUp',
    });
    expect(logicalKeyEvent('Back', 'tizen')).toEqual({ key: 'XF86Back', keyCode: 10009, code: '' });
    expect(logicalKeyEvent('Red', 'tizen')).toEqual({
      key: 'Unidentified',
      keyCode: 403,
      code: '',
    });
    expect(logicalKeyEvent('Back', 'androidtv')).toEqual({ key: 'GoBack', keyCode: 166, code: '' });
    expect(logicalKeyEvent('Red', 'desktop')).toEqual({ key: 'F1', keyCode: 112, code: 'F1' });
  });
});

describe('platform specifics', () => {
  it('keeps typing keys for typing on the desktop: Space is not OK, letters are not colours', () => {
    expect(toLogicalKey({ key: ' ', code: 'Space', keyCode: 32 }, 'desktop')).toBeNull();
    expect(toLogicalKey({ key: 'r', code: 'KeyR', keyCode: 82 }, 'desktop')).toBeNull();
    expect(toLogicalKey({ key: 'i', code: 'KeyI', keyCode: 73 }, 'desktop')).toBeNull();
  });

  it('treats Backspace as Back on the desktop but not on Tizen, where the IME sends it', () => {
    expect(toLogicalKey({ key: 'Backspace', keyCode: 8 }, 'desktop')).toBe('Back');
    expect(toLogicalKey({ key: 'Backspace', keyCode: 8 }, 'tizen')).toBeNull();
    expect(toLogicalKey({ key: 'Backspace', keyCode: 8 }, 'webos')).toBeNull();
  });

  it('maps the Tizen-only codes: Exit, PlayPause, Menu (both published codes), volume', () => {
    expect(byCode(10182, 'tizen')).toBe('Exit');
    expect(byCode(10252, 'tizen')).toBe('PlayPause');
    expect(byCode(10133, 'tizen')).toBe('Menu');
    expect(byCode(18, 'tizen')).toBe('Menu');
    expect(byCode(447, 'tizen')).toBe('VolumeUp');
    expect(byCode(449, 'tizen')).toBe('Mute');
  });

  it('does not read raw Android keycodes that are DOM letter codes (66 B, 82 R, 85 U)', () => {
    expect(byCode(66, 'androidtv')).toBeNull();
    expect(byCode(82, 'androidtv')).toBeNull();
    expect(byCode(85, 'androidtv')).toBeNull();
  });

  it('maps Fire TV’s documented media keys', () => {
    expect(byCode(179, 'firetv')).toBe('PlayPause');
    expect(byCode(227, 'firetv')).toBe('Rewind');
    expect(byCode(228, 'firetv')).toBe('FastForward');
  });

  it('maps Cobalt’s Starboard codes', () => {
    expect(byCode(250, 'cobalt')).toBe('Play');
    expect(byCode(457, 'cobalt')).toBe('Info');
    expect(byCode(458, 'cobalt')).toBe('Guide');
  });

  it('maps the Chinese IPTV middleware codes and their model quirks', () => {
    expect(byCode(263, 'iptv')).toBe('PlayPause');
    expect(byCode(264, 'iptv')).toBe('FastForward');
    expect(byCode(265, 'iptv')).toBe('Rewind');
    expect(byCode(270, 'iptv')).toBe('Stop');
    expect(byCode(259, 'iptv')).toBe('VolumeUp');
    expect(byCode(261, 'iptv')).toBe('Mute');
    expect(byCode(272, 'iptv')).toBe('Home');
    expect(byCode(290, 'iptv')).toBe('Menu');
    // Huawei EC6108V9A colour keys.
    expect([1108, 1110, 1109, 1112].map((code) => byCode(code, 'iptv'))).toEqual(COLOURS);
    // iPanel 3.0 arrows.
    expect([1, 2, 3, 4].map((code) => byCode(code, 'iptv'))).toEqual([
      'Up',
      'Down',
      'Left',
      'Right',
    ]);
  });
});

describe('HbbTV VK_* constants read at run time', () => {
  it('reads VK_* numbers from KeyEvent and from the globals, KeyEvent winning', () => {
    const vk = readHbbtvVkTable({
      VK_BACK: 8,
      VK_RED: 999,
      VK_GREEN: 'not a number',
      KeyEvent: { VK_RED: 116, VK_PLAY_PAUSE: 463 },
    });
    expect(vk).toEqual({ VK_BACK: 8, VK_RED: 116, VK_PLAY_PAUSE: 463 });
  });

  it('survives host objects that throw on property reads', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('host object');
        },
      },
    );
    expect(readHbbtvVkTable({ KeyEvent: hostile, VK_BLUE: 406 })).toEqual({ VK_BLUE: 406 });
  });

  it('honours the receiver’s own values (Humax colours at 116–119, Back at 8)', () => {
    const vk = readHbbtvVkTable({
      KeyEvent: { VK_RED: 116, VK_GREEN: 117, VK_YELLOW: 118, VK_BLUE: 119, VK_BACK: 8 },
    });
    expect([116, 117, 118, 119].map((code) => byCode(code, 'hbbtv', vk))).toEqual(COLOURS);
    expect(byCode(8, 'hbbtv', vk)).toBe('Back');
    // The standard codes no longer mean those keys on this receiver.
    expect(byCode(403, 'hbbtv', vk)).toBeNull();
    expect(byCode(461, 'hbbtv', vk)).toBeNull();
  });

  it('falls back to the standard OIPF values where the receiver defines none', () => {
    const vk = readHbbtvVkTable({});
    expect(byCode(461, 'hbbtv', vk)).toBe('Back');
    expect(byCode(402, 'hbbtv', vk)).toBe('PlayPause');
    expect(byCode(462, 'hbbtv', vk)).toBe('Menu');
    expect(byCode(461, 'hbbtv')).toBe('Back');
  });

  it('adds Exit when the receiver defines VK_EXIT, and round-trips every key with custom values', () => {
    const vk = readHbbtvVkTable({
      KeyEvent: { VK_EXIT: 27, VK_PLAY_PAUSE: 463, VK_RED: 116, VK_UP: 1 },
    });
    expect(byCode(27, 'hbbtv', vk)).toBe('Exit');
    expect(logicalKeyEvent('Exit', 'hbbtv', vk)).toEqual({
      key: 'Unidentified',
      keyCode: 27,
      code: '',
    });
    for (const logical of LOGICAL_KEYS) {
      const event = logicalKeyEvent(logical, 'hbbtv', vk);
      if (event === null) continue;
      expect(toLogicalKey(event, 'hbbtv', vk), logical).toBe(logical);
    }
  });
});

describe('keyCodeTable (the Lightning SDK key map)', () => {
  it('names the RDK remote’s codes as Hearth does, the SDK’s own defaults included', () => {
    const table = keyCodeTable('rdk');
    expect(table[175]).toBe('ChannelUp');
    expect(table[174]).toBe('ChannelDown');
    expect(table[8]).toBe('Back');
    expect(table[27]).toBe('Back');
    expect(table[13]).toBe('Ok');
    expect(table[250]).toBe('PlayPause');
    expect(table[55]).toBe('Digit7');
  });

  it.each(PLATFORM_IDS.filter((p) => p !== 'hbbtv'))(
    'agrees with toLogicalKey for every code on %s',
    (platform) => {
      for (const [code, logical] of Object.entries(keyCodeTable(platform))) {
        expect(toLogicalKey({ keyCode: Number(code) }, platform), `${platform} ${code}`).toBe(
          logical,
        );
      }
    },
  );
});
