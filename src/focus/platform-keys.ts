/**
 * The platform calls around keys: asking the platform to deliver the remote's extra keys, and
 * leaving the application. Everything is best effort and guarded — a missing or throwing
 * platform object must never stop Hearth from starting.
 *
 * Platform objects are typed with small local interfaces and checked at run time, because
 * `globals` is whatever the runtime (or a test) provides.
 */
import type { PlatformId } from './platform';

/**
 * Tizen key names (TVInputDevice API) for every non-mandatory key Hearth handles. Arrows, Enter
 * and Back are always delivered; volume stays with the TV so its on-screen volume keeps working.
 */
const TIZEN_KEY_NAMES: readonly string[] = [
  'ColorF0Red',
  'ColorF1Green',
  'ColorF2Yellow',
  'ColorF3Blue',
  'ChannelUp',
  'ChannelDown',
  'MediaPlayPause',
  'MediaPlay',
  'MediaPause',
  'MediaStop',
  'MediaFastForward',
  'MediaRewind',
  'Info',
  'Guide',
  'Exit',
  'Menu',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
];

/**
 * OIPF Keyset mask: RED 0x1, GREEN 0x2, YELLOW 0x4, BLUE 0x8, NAVIGATION 0x10 (arrows, OK,
 * Back), VCR 0x20, SCROLL 0x40, INFO 0x80, NUMERIC 0x100. ALPHA and OTHER are left to the
 * receiver.
 */
const HBBTV_KEYSET_MASK = 0x1ff;

interface TizenInputDeviceKey {
  name: string;
}

interface TizenInputDevice {
  registerKey(name: string): void;
  registerKeyBatch?(
    names: readonly string[],
    onSuccess?: () => void,
    onError?: (error: unknown) => void,
  ): void;
  getSupportedKeys?(): TizenInputDeviceKey[];
}

interface TizenApplicationManager {
  getCurrentApplication(): { exit(): void };
}

interface WebOsGlobal {
  platformBack(): void;
}

interface OipfKeyset {
  setValue?(mask: number): void;
  value?: number;
}

interface OipfApplication {
  privateData?: { keyset?: OipfKeyset };
  destroyApplication?(): void;
}

interface OipfApplicationManager {
  getOwnerApplication(document: unknown): OipfApplication | null;
}

/** Asks the platform to deliver the remote keys Hearth uses. No-op where nothing is needed. */
export function registerPlatformKeys(platform: PlatformId, globals: Record<string, unknown>): void {
  if (platform === 'tizen') registerTizenKeys(globals);
  else if (platform === 'hbbtv') setHbbtvKeyset(globals);
}

/**
 * Leaves Hearth through the platform's own call. 'unsupported' means nothing was done, so the
 * UI can tell the user to press Home instead.
 */
export function exitApplication(
  platform: PlatformId,
  globals: Record<string, unknown>,
): 'exited' | 'unsupported' {
  try {
    switch (platform) {
      case 'tizen': {
        const application = property(globals['tizen'], 'application');
        if (!hasMethod<TizenApplicationManager>(application, 'getCurrentApplication')) {
          return 'unsupported';
        }
        application.getCurrentApplication().exit();
        return 'exited';
      }
      case 'webos': {
        // platformBack hands Back to webOS: the exit prompt (webOS 6+) or the
        // launcher. The runtime names its object webOSSystem (webOS 6+) or
        // PalmSystem (older); webOSTV.js wraps either as webOS.
        for (const name of ['webOSSystem', 'PalmSystem', 'webOS']) {
          const system = globals[name];
          if (!hasMethod<WebOsGlobal>(system, 'platformBack')) continue;
          system.platformBack();
          return 'exited';
        }
        return closeWindow(globals);
      }
      case 'hbbtv': {
        const application = hbbtvOwnerApplication(globals);
        if (!hasMethod<Required<OipfApplication>>(application, 'destroyApplication')) {
          return 'unsupported';
        }
        application.destroyApplication();
        return 'exited';
      }
      default:
        return closeWindow(globals);
    }
  } catch {
    return 'unsupported';
  }
}

/**
 * Cobalt, VIDAA, webOS without its system object and the app shells on the other
 * platforms end the app on close(). A desktop tab ignores it unless a script
 * opened the tab (a kiosk launcher does); the shell notices it is still there
 * and says so.
 */
function closeWindow(globals: Record<string, unknown>): 'exited' | 'unsupported' {
  if (!hasMethod<{ close(): void }>(globals, 'close')) return 'unsupported';
  globals.close();
  return 'exited';
}

/**
 * All keys in one registerKeyBatch call where the TV has it (Tizen 2.4+: one
 * round trip to the platform instead of 26); one by one where it has not, or
 * where the batch fails, so one key a model lacks cannot cost the others.
 */
function registerTizenKeys(globals: Record<string, unknown>): void {
  const device = property(globals['tizen'], 'tvinputdevice');
  if (!hasMethod<TizenInputDevice>(device, 'registerKey')) return;
  const supported = supportedTizenKeys(device);
  const names = TIZEN_KEY_NAMES.filter((name) => !supported || supported.has(name));
  if (names.length === 0) return;
  const oneByOne = () => {
    for (const name of names) {
      try {
        device.registerKey(name);
      } catch {
        // One key this model lacks must not keep the others from working.
      }
    }
  };
  if (typeof device.registerKeyBatch !== 'function') return oneByOne();
  try {
    device.registerKeyBatch(names, undefined, oneByOne);
  } catch {
    oneByOne();
  }
}

/** The key names this TV supports, or null when it cannot say (then every key is tried). */
function supportedTizenKeys(device: TizenInputDevice): ReadonlySet<string> | null {
  if (typeof device.getSupportedKeys !== 'function') return null;
  try {
    const keys: unknown = device.getSupportedKeys();
    if (!Array.isArray(keys)) return null;
    const names = new Set<string>();
    for (const key of keys as unknown[]) {
      const name = property(key, 'name');
      if (typeof name === 'string') names.add(name);
    }
    return names;
  } catch {
    return null;
  }
}

function setHbbtvKeyset(globals: Record<string, unknown>): void {
  try {
    const keyset = property(property(hbbtvOwnerApplication(globals), 'privateData'), 'keyset');
    if (hasMethod<Required<OipfKeyset>>(keyset, 'setValue')) keyset.setValue(HBBTV_KEYSET_MASK);
    // HbbTV 0.5-era receivers take the mask as a property.
    else if (isObject(keyset) && 'value' in keyset) keyset['value'] = HBBTV_KEYSET_MASK;
  } catch {
    // Without a keyset the receiver still delivers the navigation keys.
  }
}

/**
 * This page's OIPF Application: from oipfObjectFactory when the receiver has one, otherwise from
 * an application manager <object> the page already embeds.
 */
function hbbtvOwnerApplication(globals: Record<string, unknown>): OipfApplication | null {
  const document = globals['document'];
  let manager: unknown = null;
  const factory = globals['oipfObjectFactory'];
  if (
    hasMethod<{ createApplicationManagerObject(): unknown }>(
      factory,
      'createApplicationManagerObject',
    )
  ) {
    manager = factory.createApplicationManagerObject();
  } else if (hasMethod<{ querySelector(selector: string): unknown }>(document, 'querySelector')) {
    manager = document.querySelector('object[type="application/oipfApplicationManager"]');
  }
  if (!hasMethod<OipfApplicationManager>(manager, 'getOwnerApplication')) return null;
  const application = manager.getOwnerApplication(document);
  return isObject(application) ? (application as OipfApplication) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

function property(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined;
}

/** True when `value[name]` is a function; narrows `value` to the interface that promises it. */
function hasMethod<T>(value: unknown, name: keyof T & string): value is T {
  return isObject(value) && typeof value[name] === 'function';
}
