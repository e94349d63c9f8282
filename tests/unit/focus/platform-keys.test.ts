import { describe, expect, it, vi } from 'vitest';
import { exitApplication, registerPlatformKeys } from '@src/focus/platform-keys';
import { PLATFORM_IDS } from '@src/focus/platform';

/** A fake `tizen` global whose TV supports `supported` (or cannot say, when undefined). */
function fakeTizen(supported?: readonly string[]) {
  const registerKey = vi.fn<(name: string) => void>();
  const tvinputdevice: Record<string, unknown> = { registerKey };
  if (supported) {
    tvinputdevice['getSupportedKeys'] = () =>
      supported.map((name, i) => ({ name, code: 1000 + i }));
  }
  return { tizen: { tvinputdevice }, registerKey };
}

function registered(registerKey: ReturnType<typeof fakeTizen>['registerKey']): string[] {
  return registerKey.mock.calls.map(([name]) => name);
}

describe('registerPlatformKeys on Tizen', () => {
  it('registers only the keys Hearth uses that this TV supports', () => {
    const { tizen, registerKey } = fakeTizen([
      'VolumeUp',
      'VolumeDown',
      'ColorF0Red',
      'ColorF3Blue',
      'MediaPlayPause',
      'ChannelUp',
      'Info',
      '1',
      'Tools',
    ]);
    registerPlatformKeys('tizen', { tizen });
    expect(registered(registerKey).sort()).toEqual(
      ['1', 'ChannelUp', 'ColorF0Red', 'ColorF3Blue', 'Info', 'MediaPlayPause'].sort(),
    );
  });

  it('never registers the mandatory keys or volume (the TV keeps its volume display)', () => {
    const { tizen, registerKey } = fakeTizen([
      'ArrowUp',
      'Enter',
      'Back',
      'VolumeUp',
      'VolumeMute',
    ]);
    registerPlatformKeys('tizen', { tizen });
    expect(registerKey).not.toHaveBeenCalled();
  });

  it('keeps registering the other keys when one registerKey throws', () => {
    const { tizen, registerKey } = fakeTizen(['ColorF0Red', 'ColorF1Green', 'Exit']);
    registerKey.mockImplementation((name) => {
      if (name === 'ColorF0Red') throw new Error('NotSupportedError');
    });
    expect(() => registerPlatformKeys('tizen', { tizen })).not.toThrow();
    expect(registered(registerKey).sort()).toEqual(['ColorF0Red', 'ColorF1Green', 'Exit']);
  });

  it('registers them in one registerKeyBatch call where the TV has it', () => {
    const { tizen, registerKey } = fakeTizen(['ColorF0Red', 'ChannelUp', '5', 'VolumeUp']);
    const registerKeyBatch = vi.fn<(names: string[]) => void>();
    tizen.tvinputdevice['registerKeyBatch'] = registerKeyBatch;
    registerPlatformKeys('tizen', { tizen });
    expect(registerKeyBatch).toHaveBeenCalledOnce();
    expect(registerKeyBatch.mock.calls[0]?.[0]).toEqual(['ColorF0Red', 'ChannelUp', '5']);
    expect(registerKey).not.toHaveBeenCalled();
  });

  it('falls back to one key at a time when the batch fails or throws', () => {
    const failing = fakeTizen(['ColorF1Green', 'Info']);
    failing.tizen.tvinputdevice['registerKeyBatch'] = (
      _names: string[],
      _ok: unknown,
      onError: (error: unknown) => void,
    ) => onError(new Error('InvalidValuesError'));
    registerPlatformKeys('tizen', { tizen: failing.tizen });
    expect(registered(failing.registerKey).sort()).toEqual(['ColorF1Green', 'Info']);

    const throwing = fakeTizen(['MediaPlay']);
    throwing.tizen.tvinputdevice['registerKeyBatch'] = () => {
      throw new Error('TypeMismatchError');
    };
    registerPlatformKeys('tizen', { tizen: throwing.tizen });
    expect(registered(throwing.registerKey)).toEqual(['MediaPlay']);
  });

  it('tries every key when the TV cannot list its supported keys', () => {
    const { tizen, registerKey } = fakeTizen();
    registerPlatformKeys('tizen', { tizen });
    expect(registered(registerKey)).toContain('ColorF0Red');
    expect(registered(registerKey)).toContain('MediaPlayPause');
    expect(registered(registerKey)).toContain('9');

    const throwing = fakeTizen();
    throwing.tizen.tvinputdevice['getSupportedKeys'] = () => {
      throw new Error('SecurityError');
    };
    registerPlatformKeys('tizen', { tizen: throwing.tizen });
    expect(registered(throwing.registerKey)).toContain('ColorF2Yellow');
  });

  it('does nothing, and does not throw, without the Tizen API', () => {
    expect(() => registerPlatformKeys('tizen', {})).not.toThrow();
    expect(() => registerPlatformKeys('tizen', { tizen: {} })).not.toThrow();
    expect(() => registerPlatformKeys('tizen', { tizen: { tvinputdevice: null } })).not.toThrow();
  });

  it('leaves a tizen object alone on every other platform', () => {
    for (const platform of PLATFORM_IDS.filter((p) => p !== 'tizen')) {
      const { tizen, registerKey } = fakeTizen(['ColorF0Red']);
      registerPlatformKeys(platform, { tizen });
      expect(registerKey, platform).not.toHaveBeenCalled();
    }
  });
});

/** A fake OIPF application with a keyset; reachable through a factory or an embedded <object>. */
function fakeOipfApplication() {
  const setValue = vi.fn<(mask: number) => void>();
  const destroyApplication = vi.fn<() => void>();
  const application = { privateData: { keyset: { setValue } }, destroyApplication };
  const manager = { getOwnerApplication: vi.fn(() => application) };
  return { application, manager, setValue, destroyApplication };
}

describe('registerPlatformKeys on HbbTV', () => {
  it('asks for the colour, navigation, VCR, scroll, info and numeric keys via oipfObjectFactory', () => {
    const { manager, setValue } = fakeOipfApplication();
    const document = {};
    registerPlatformKeys('hbbtv', {
      document,
      oipfObjectFactory: { createApplicationManagerObject: () => manager },
    });
    expect(manager.getOwnerApplication).toHaveBeenCalledWith(document);
    expect(setValue).toHaveBeenCalledWith(0x1ff);
  });

  it('uses an application manager <object> the page embeds when there is no factory', () => {
    const { manager, setValue } = fakeOipfApplication();
    const querySelector = vi.fn(() => manager);
    registerPlatformKeys('hbbtv', { document: { querySelector } });
    expect(querySelector).toHaveBeenCalledWith('object[type="application/oipfApplicationManager"]');
    expect(setValue).toHaveBeenCalledWith(0x1ff);
  });

  it('sets the mask as a property on receivers whose keyset has no setValue', () => {
    const keyset = { value: 0 };
    const manager = { getOwnerApplication: () => ({ privateData: { keyset } }) };
    registerPlatformKeys('hbbtv', {
      oipfObjectFactory: { createApplicationManagerObject: () => manager },
    });
    expect(keyset.value).toBe(0x1ff);
  });

  it('does not throw when the receiver has no application manager or it throws', () => {
    expect(() => registerPlatformKeys('hbbtv', {})).not.toThrow();
    expect(() =>
      registerPlatformKeys('hbbtv', {
        oipfObjectFactory: {
          createApplicationManagerObject: () => {
            throw new Error('not supported');
          },
        },
      }),
    ).not.toThrow();
    expect(() =>
      registerPlatformKeys('hbbtv', {
        document: { querySelector: () => ({ getOwnerApplication: () => null }) },
      }),
    ).not.toThrow();
  });
});

describe('exitApplication', () => {
  it('exits Tizen through tizen.application.getCurrentApplication().exit()', () => {
    const exit = vi.fn();
    const tizen = { application: { getCurrentApplication: () => ({ exit }) } };
    expect(exitApplication('tizen', { tizen })).toBe('exited');
    expect(exit).toHaveBeenCalledOnce();
  });

  it('hands Back to webOS through webOS.platformBack()', () => {
    const platformBack = vi.fn();
    expect(exitApplication('webos', { webOS: { platformBack } })).toBe('exited');
    expect(platformBack).toHaveBeenCalledOnce();
  });

  it("prefers the runtime's own webOSSystem, then PalmSystem, over webOSTV.js", () => {
    const system = vi.fn();
    const palm = vi.fn();
    const library = vi.fn();
    const close = vi.fn();
    const globals = {
      webOSSystem: { platformBack: system },
      PalmSystem: { platformBack: palm },
      webOS: { platformBack: library },
      close,
    };
    expect(exitApplication('webos', globals)).toBe('exited');
    expect(system).toHaveBeenCalledOnce();
    expect(exitApplication('webos', { PalmSystem: { platformBack: palm }, close })).toBe('exited');
    expect(palm).toHaveBeenCalledOnce();
    expect(library).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });

  it('closes the window on a webOS without platformBack', () => {
    const close = vi.fn();
    expect(exitApplication('webos', { webOS: {}, PalmSystem: {}, close })).toBe('exited');
    expect(close).toHaveBeenCalledOnce();
  });

  it('destroys the HbbTV application through the application manager', () => {
    const { manager, destroyApplication } = fakeOipfApplication();
    const close = vi.fn();
    const globals = { close, oipfObjectFactory: { createApplicationManagerObject: () => manager } };
    expect(exitApplication('hbbtv', globals)).toBe('exited');
    expect(destroyApplication).toHaveBeenCalledOnce();
    expect(close).not.toHaveBeenCalled();
  });

  it('closes the window on Cobalt, VIDAA and the app shells of the other platforms', () => {
    for (const platform of ['cobalt', 'vidaa', 'androidtv', 'firetv', 'rdk', 'iptv'] as const) {
      const close = vi.fn();
      expect(exitApplication(platform, { close }), platform).toBe('exited');
      expect(close, platform).toHaveBeenCalledOnce();
    }
  });

  it('asks a desktop browser to close the window (a kiosk launcher honours it)', () => {
    const close = vi.fn();
    expect(exitApplication('desktop', { close })).toBe('exited');
    expect(close).toHaveBeenCalledOnce();
  });

  it('is unsupported when the platform call is missing, without falling back to close()', () => {
    const close = vi.fn();
    expect(exitApplication('tizen', { close })).toBe('unsupported');
    expect(exitApplication('hbbtv', { close })).toBe('unsupported');
    expect(exitApplication('cobalt', {})).toBe('unsupported');
    expect(close).not.toHaveBeenCalled();
  });

  it('is unsupported when the platform call throws', () => {
    const tizen = {
      application: {
        getCurrentApplication: () => {
          throw new Error('UnknownError');
        },
      },
    };
    expect(exitApplication('tizen', { tizen })).toBe('unsupported');
    const close = () => {
      throw new Error('blocked');
    };
    expect(exitApplication('vidaa', { close })).toBe('unsupported');
  });
});
