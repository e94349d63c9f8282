/**
 * Normalises a keyboard event from any supported platform's remote to a logical key, and
 * builds the event a real remote on that platform sends for a logical key (the inverse, so
 * tests can press keys "through the platform tables").
 *
 * Resolution order in `toLogicalKey`:
 *  (a) the W3C UI Events `key` value, when the engine filled in one we know;
 *  (b) the platform's keyCode table (one plain table per platform below);
 *  (c) a keyCode table common to all platforms (arrows, Enter, digits, Escape, PageUp/Down).
 * `key` goes first because it is the only field that means the same on every modern engine;
 * many TV engines still leave it 'Unidentified', hence the keyCode tables.
 */
import type { LogicalKey } from './logical-key';
import type { PlatformId } from './platform';

/** The parts of a KeyboardEvent this module reads. */
export interface KeyEventLike {
  key?: string;
  keyCode?: number;
  code?: string;
}

/** A complete synthetic key event, as built by `logicalKeyEvent`. */
export interface RemoteKeyEvent {
  key: string;
  keyCode: number;
  code: string;
}

/** HbbTV VK_* constants read at run time: name (e.g. 'VK_BACK') → keyCode. */
export type VkTable = Readonly<Record<string, number>>;

/**
 * One remote button. `keyCode` is what the platform's remote sends; 0 means the engine gives
 * no keyCode and the button is known by `key` alone. `key` is set only where the engine is
 * known to fill it in; otherwise the event carries 'Unidentified'. `also` lists other
 * keyCodes the same button arrives with on some models or engines.
 */
interface RemoteButton {
  readonly keyCode: number;
  readonly key?: string;
  readonly code?: string;
  readonly also?: readonly number[];
}

/** The buttons one platform's remote has. Order matters: the first to claim a keyCode keeps it. */
type KeyTable = Readonly<Partial<Record<LogicalKey, RemoteButton>>>;

// ---------------------------------------------------------------------------------------------
// (a) W3C UI Events `key` values (https://www.w3.org/TR/uievents-key/), plus 'XF86Back' (Tizen's
// Back) and 'Back' (seen on some set-top boxes). 'Backspace' is deliberately absent: it is Back
// only on some platforms (see their tables), and on Tizen/webOS it is the on-screen keyboard's
// delete key.
// ---------------------------------------------------------------------------------------------
const W3C_KEYS: Readonly<Record<string, LogicalKey>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Enter: 'Ok',
  Escape: 'Back',
  GoBack: 'Back',
  BrowserBack: 'Back',
  Back: 'Back',
  XF86Back: 'Back',
  Exit: 'Exit',
  Home: 'Home',
  GoHome: 'Home',
  BrowserHome: 'Home',
  ContextMenu: 'Menu',
  Info: 'Info',
  Guide: 'Guide',
  ChannelUp: 'ChannelUp',
  ChannelDown: 'ChannelDown',
  ColorF0Red: 'Red',
  ColorF1Green: 'Green',
  ColorF2Yellow: 'Yellow',
  ColorF3Blue: 'Blue',
  MediaPlayPause: 'PlayPause',
  MediaPlay: 'Play',
  MediaPause: 'Pause',
  MediaStop: 'Stop',
  MediaFastForward: 'FastForward',
  MediaRewind: 'Rewind',
  AudioVolumeUp: 'VolumeUp',
  AudioVolumeDown: 'VolumeDown',
  AudioVolumeMute: 'Mute',
  '0': 'Digit0',
  '1': 'Digit1',
  '2': 'Digit2',
  '3': 'Digit3',
  '4': 'Digit4',
  '5': 'Digit5',
  '6': 'Digit6',
  '7': 'Digit7',
  '8': 'Digit8',
  '9': 'Digit9',
};

// ---------------------------------------------------------------------------------------------
// (c) keyCodes every engine agrees on (legacy DOM / Windows virtual-key codes).
// ---------------------------------------------------------------------------------------------
const COMMON_KEY_CODES: Readonly<Record<number, LogicalKey>> = {
  37: 'Left',
  38: 'Up',
  39: 'Right',
  40: 'Down',
  13: 'Ok',
  27: 'Back',
  33: 'ChannelUp', // PageUp: the nearest thing to CH+ on a keyboard, and what webOS sends.
  34: 'ChannelDown',
  48: 'Digit0',
  49: 'Digit1',
  50: 'Digit2',
  51: 'Digit3',
  52: 'Digit4',
  53: 'Digit5',
  54: 'Digit6',
  55: 'Digit7',
  56: 'Digit8',
  57: 'Digit9',
  96: 'Digit0', // numeric keypad
  97: 'Digit1',
  98: 'Digit2',
  99: 'Digit3',
  100: 'Digit4',
  101: 'Digit5',
  102: 'Digit6',
  103: 'Digit7',
  104: 'Digit8',
  105: 'Digit9',
};

// ---------------------------------------------------------------------------------------------
// (b) Platform tables. Shared pieces first.
// ---------------------------------------------------------------------------------------------
const D_PAD: KeyTable = {
  Up: { keyCode: 38, key: 'ArrowUp', code: 'ArrowUp' },
  Down: { keyCode: 40, key: 'ArrowDown', code: 'ArrowDown' },
  Left: { keyCode: 37, key: 'ArrowLeft', code: 'ArrowLeft' },
  Right: { keyCode: 39, key: 'ArrowRight', code: 'ArrowRight' },
  Ok: { keyCode: 13, key: 'Enter', code: 'Enter' },
};

const DIGITS: KeyTable = {
  Digit0: { keyCode: 48, key: '0', code: 'Digit0' },
  Digit1: { keyCode: 49, key: '1', code: 'Digit1' },
  Digit2: { keyCode: 50, key: '2', code: 'Digit2' },
  Digit3: { keyCode: 51, key: '3', code: 'Digit3' },
  Digit4: { keyCode: 52, key: '4', code: 'Digit4' },
  Digit5: { keyCode: 53, key: '5', code: 'Digit5' },
  Digit6: { keyCode: 54, key: '6', code: 'Digit6' },
  Digit7: { keyCode: 55, key: '7', code: 'Digit7' },
  Digit8: { keyCode: 56, key: '8', code: 'Digit8' },
  Digit9: { keyCode: 57, key: '9', code: 'Digit9' },
};

/**
 * Desktop keyboard (development, kiosks). Escape and Backspace are Back; PageUp/PageDown are
 * the channel keys; F1–F4 are the colour keys. Space and letters stay typing keys, so there is
 * no keyboard Info, Guide or Exit.
 */
const DESKTOP: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 27, key: 'Escape', code: 'Escape', also: [8] },
  Home: { keyCode: 36, key: 'Home', code: 'Home' },
  Menu: { keyCode: 93, key: 'ContextMenu', code: 'ContextMenu' },
  ChannelUp: { keyCode: 33, key: 'PageUp', code: 'PageUp' },
  ChannelDown: { keyCode: 34, key: 'PageDown', code: 'PageDown' },
  Red: { keyCode: 112, key: 'F1', code: 'F1' },
  Green: { keyCode: 113, key: 'F2', code: 'F2' },
  Yellow: { keyCode: 114, key: 'F3', code: 'F3' },
  Blue: { keyCode: 115, key: 'F4', code: 'F4' },
  PlayPause: { keyCode: 179, key: 'MediaPlayPause', code: 'MediaPlayPause' },
  Stop: { keyCode: 178, key: 'MediaStop', code: 'MediaStop' },
  VolumeUp: { keyCode: 175, key: 'AudioVolumeUp', code: 'AudioVolumeUp' },
  VolumeDown: { keyCode: 174, key: 'AudioVolumeDown', code: 'AudioVolumeDown' },
  Mute: { keyCode: 173, key: 'AudioVolumeMute', code: 'AudioVolumeMute' },
};

/**
 * Samsung Tizen. Sources: Samsung "Remote Control" guide and TVInputDevice API (arrows, Enter
 * and Back are mandatory; the rest need `tvinputdevice.registerKey`), and getSupportedKeys()
 * dumps published in Tizen apps (10009 Return, 10182 Exit, 10252 MediaPlayPause, 10133 Menu).
 * Event `key` for Back is 'XF86Back' (checked by many Tizen apps); other `key` values are not
 * documented, so the synthetic events leave them 'Unidentified'.
 * Menu: 10133 in getSupportedKeys dumps; 18 appears in older tables — both accepted, unverified
 * on a device.
 */
const TIZEN: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 10009, key: 'XF86Back' },
  Exit: { keyCode: 10182 },
  Red: { keyCode: 403 },
  Green: { keyCode: 404 },
  Yellow: { keyCode: 405 },
  Blue: { keyCode: 406 },
  ChannelUp: { keyCode: 427 },
  ChannelDown: { keyCode: 428 },
  PlayPause: { keyCode: 10252 },
  Play: { keyCode: 415 },
  Pause: { keyCode: 19 },
  Stop: { keyCode: 413 },
  FastForward: { keyCode: 417 },
  Rewind: { keyCode: 412 },
  Info: { keyCode: 457 },
  Guide: { keyCode: 458 },
  Menu: { keyCode: 10133, also: [18] },
  VolumeUp: { keyCode: 447 },
  VolumeDown: { keyCode: 448 },
  Mute: { keyCode: 449 },
};

/**
 * LG webOS. Source: LG "Magic Remote" guide (37–40, 13, Back 461, colours 403–406; on the
 * conventional remote Play 415, Pause 19, Fast-forward 417, Rewind 412, Stop 413).
 * Channel 33/34 and Info 457 come from published webOS app key maps, not LG's table (LG lists
 * CH+/- on the Magic Remote as not available to apps).
 */
const WEBOS: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 461 },
  Red: { keyCode: 403 },
  Green: { keyCode: 404 },
  Yellow: { keyCode: 405 },
  Blue: { keyCode: 406 },
  ChannelUp: { keyCode: 33 },
  ChannelDown: { keyCode: 34 },
  Play: { keyCode: 415 },
  Pause: { keyCode: 19 },
  Stop: { keyCode: 413 },
  FastForward: { keyCode: 417 },
  Rewind: { keyCode: 412 },
  Info: { keyCode: 457 },
};

/**
 * Android TV WebView (Chromium). Source: Chromium ui/events/keycodes/
 * keyboard_code_conversion_android.cc — DPAD_CENTER/ENTER → 13, BACK → 166 (VKEY_BROWSER_BACK)
 * with key 'GoBack', CHANNEL_UP/DOWN → 33/34 with key 'ChannelUp'/'ChannelDown',
 * MEDIA_PLAY_PAUSE/PLAY/PAUSE → 179, STOP → 178, REWIND → 227, FAST_FORWARD → 228. Colour,
 * Info, Guide and Menu keys get a `key` ('ColorF0Red', 'Info', 'Guide', 'ContextMenu') but no
 * keyCode. 4 (KEYCODE_BACK) is what some WebViews pass through untranslated.
 * The raw Android codes 23/66 (centre), 82 (menu), 85 (play-pause) and 166/167 (channel) are NOT
 * mapped: in the DOM, 66 is 'B', 82 'R', 85 'U' and 166 is BrowserBack, and Chromium translates
 * the real buttons before the page sees them.
 */
const ANDROID_TV: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 166, key: 'GoBack', also: [4] },
  ChannelUp: { keyCode: 33, key: 'ChannelUp' },
  ChannelDown: { keyCode: 34, key: 'ChannelDown' },
  Red: { keyCode: 0, key: 'ColorF0Red' },
  Green: { keyCode: 0, key: 'ColorF1Green' },
  Yellow: { keyCode: 0, key: 'ColorF2Yellow' },
  Blue: { keyCode: 0, key: 'ColorF3Blue' },
  Info: { keyCode: 0, key: 'Info' },
  Guide: { keyCode: 0, key: 'Guide' },
  Menu: { keyCode: 0, key: 'ContextMenu' },
  // PlayPause first: Play and Pause share its keyCode and are told apart only by `key`.
  PlayPause: { keyCode: 179, key: 'MediaPlayPause' },
  Play: { keyCode: 179, key: 'MediaPlay' },
  Pause: { keyCode: 179, key: 'MediaPause' },
  Stop: { keyCode: 178, key: 'MediaStop' },
  Rewind: { keyCode: 227, key: 'MediaRewind' },
  FastForward: { keyCode: 228, key: 'MediaFastForward' },
};

/**
 * Amazon Fire TV (Amazon WebView). Source: Amazon "Supporting Controllers in Web Apps" — Select
 * 13, arrows 37–40, Play/Pause 179, Rewind 227, Fast Forward 228, Back 4; Home, Menu and Voice
 * cannot be captured. 166 is accepted for wrapper apps on a stock Chromium WebView.
 */
const FIRE_TV: KeyTable = {
  ...D_PAD,
  Back: { keyCode: 4, also: [166] },
  PlayPause: { keyCode: 179 },
  Rewind: { keyCode: 227 },
  FastForward: { keyCode: 228 },
};

/**
 * Cobalt (YouTube's container). Source: Starboard starboard/key.h — Windows virtual-key codes
 * plus CEA-2014/ATSC extensions: Escape 27 is the semantic back (kSbKeyBack is Backspace 8 and
 * the header says "you probably want kSbKeyEscape"), BrowserBack 166, colours 0x193–0x196,
 * ChannelUp/Down 0x1AB/0x1AC, Info 0x1C9, Guide 0x1CA, MediaPlayPause 0xB3, Play 0xFA, Pause 0x13,
 * Stop 0xB2, Rewind 0xE3, FastForward 0xE4, volume 0xAD–0xAF.
 */
const COBALT: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 27, key: 'Escape', code: 'Escape', also: [8, 166] },
  Red: { keyCode: 403 },
  Green: { keyCode: 404 },
  Yellow: { keyCode: 405 },
  Blue: { keyCode: 406 },
  ChannelUp: { keyCode: 427 },
  ChannelDown: { keyCode: 428 },
  Info: { keyCode: 457 },
  Guide: { keyCode: 458 },
  PlayPause: { keyCode: 179 },
  Play: { keyCode: 250 },
  Pause: { keyCode: 19 },
  Stop: { keyCode: 178 },
  Rewind: { keyCode: 227 },
  FastForward: { keyCode: 228 },
  VolumeUp: { keyCode: 175 },
  VolumeDown: { keyCode: 174 },
  Mute: { keyCode: 173 },
};

/**
 * RDK / WPE WebKit set-top boxes. Source: the Lightning SDK's default key map (RDK's app
 * framework): Back 8, Enter 13, ChannelUp 175, ChannelDown 174, Stop 178, PlayPause 250.
 * Lightning calls 27 'Menu'; Hearth keeps Escape as Back (W3C, and every other platform).
 * Colour keys 403–406 are the CEA-2014 codes the other platforms use; not verified on an RDK
 * remote.
 */
const RDK: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 8, also: [27] },
  ChannelUp: { keyCode: 175 },
  ChannelDown: { keyCode: 174 },
  PlayPause: { keyCode: 250 },
  Stop: { keyCode: 178 },
  Red: { keyCode: 403 },
  Green: { keyCode: 404 },
  Yellow: { keyCode: 405 },
  Blue: { keyCode: 406 },
};

/**
 * Hisense VIDAA. Back 8 and colours 403–406 (Hearth design notes). The media keys use the
 * CEA-2014 codes Tizen and webOS share; VIDAA's developer guide is not public, so these are
 * unverified.
 */
const VIDAA: KeyTable = {
  ...D_PAD,
  ...DIGITS,
  Back: { keyCode: 8 },
  Red: { keyCode: 403 },
  Green: { keyCode: 404 },
  Yellow: { keyCode: 405 },
  Blue: { keyCode: 406 },
  Play: { keyCode: 415 },
  Pause: { keyCode: 19 },
  Stop: { keyCode: 413 },
  FastForward: { keyCode: 417 },
  Rewind: { keyCode: 412 },
};

/**
 * Chinese IPTV middleware (Huawei, ZTE, iPanel, Skyworth…). Sources: EPG key maps published by
 * operator portals — Back 8, colours 275–278 (0x113–0x116), channel 257/258, volume 259/260,
 * mute 261, play/pause 263, fast-forward 264, rewind 265, info 268 (0x10C), stop 270, portal 272
 * (0x110), menu 290. Model quirks: iPanel 3.0 Back 340 and arrows 1–4; FiberHome Back 1249;
 * some maps call 0x18 (24) Back; Huawei EC6108V9A colours 1108 red, 1110 green, 1109 yellow,
 * 1112 blue.
 */
const IPTV: KeyTable = {
  Up: { keyCode: 38, key: 'ArrowUp', code: 'ArrowUp', also: [1] },
  Down: { keyCode: 40, key: 'ArrowDown', code: 'ArrowDown', also: [2] },
  Left: { keyCode: 37, key: 'ArrowLeft', code: 'ArrowLeft', also: [3] },
  Right: { keyCode: 39, key: 'ArrowRight', code: 'ArrowRight', also: [4] },
  Ok: { keyCode: 13, key: 'Enter', code: 'Enter' },
  ...DIGITS,
  Back: { keyCode: 8, also: [340, 1249, 24] },
  Red: { keyCode: 275, also: [1108] },
  Green: { keyCode: 276, also: [1110] },
  Yellow: { keyCode: 277, also: [1109] },
  Blue: { keyCode: 278, also: [1112] },
  ChannelUp: { keyCode: 257 },
  ChannelDown: { keyCode: 258 },
  VolumeUp: { keyCode: 259 },
  VolumeDown: { keyCode: 260 },
  Mute: { keyCode: 261 },
  PlayPause: { keyCode: 263 },
  FastForward: { keyCode: 264 },
  Rewind: { keyCode: 265 },
  Info: { keyCode: 268 },
  Stop: { keyCode: 270 },
  Home: { keyCode: 272 },
  Menu: { keyCode: 290 },
};

/**
 * HbbTV / OIPF: the VK_* constant each logical key is read from. The numbers differ between
 * receivers (VK_PLAY_PAUSE is 402 on most, 463 on some; Humax puts the colours at 116–119), so
 * the real values are read at run time with `readHbbtvVkTable`.
 */
const HBBTV_VK_NAMES: Readonly<Partial<Record<LogicalKey, string>>> = {
  Up: 'VK_UP',
  Down: 'VK_DOWN',
  Left: 'VK_LEFT',
  Right: 'VK_RIGHT',
  Ok: 'VK_ENTER',
  Back: 'VK_BACK',
  Exit: 'VK_EXIT',
  Home: 'VK_HOME',
  Menu: 'VK_MENU',
  Info: 'VK_INFO',
  Guide: 'VK_GUIDE',
  ChannelUp: 'VK_CHANNEL_UP',
  ChannelDown: 'VK_CHANNEL_DOWN',
  Digit0: 'VK_0',
  Digit1: 'VK_1',
  Digit2: 'VK_2',
  Digit3: 'VK_3',
  Digit4: 'VK_4',
  Digit5: 'VK_5',
  Digit6: 'VK_6',
  Digit7: 'VK_7',
  Digit8: 'VK_8',
  Digit9: 'VK_9',
  Red: 'VK_RED',
  Green: 'VK_GREEN',
  Yellow: 'VK_YELLOW',
  Blue: 'VK_BLUE',
  PlayPause: 'VK_PLAY_PAUSE',
  Play: 'VK_PLAY',
  Pause: 'VK_PAUSE',
  Stop: 'VK_STOP',
  FastForward: 'VK_FAST_FWD',
  Rewind: 'VK_REWIND',
  VolumeUp: 'VK_VOLUME_UP',
  VolumeDown: 'VK_VOLUME_DOWN',
  Mute: 'VK_MUTE',
};

/**
 * The standard OIPF DAE / HbbTV values, used where the receiver defines no constant. VK_EXIT and
 * VK_HOME are not in the standard set, so Exit and Home exist only when the receiver defines them.
 */
const HBBTV_DEFAULT_VK: VkTable = {
  VK_UP: 38,
  VK_DOWN: 40,
  VK_LEFT: 37,
  VK_RIGHT: 39,
  VK_ENTER: 13,
  VK_BACK: 461,
  VK_MENU: 462,
  VK_INFO: 457,
  VK_GUIDE: 458,
  VK_CHANNEL_UP: 427,
  VK_CHANNEL_DOWN: 428,
  VK_0: 48,
  VK_1: 49,
  VK_2: 50,
  VK_3: 51,
  VK_4: 52,
  VK_5: 53,
  VK_6: 54,
  VK_7: 55,
  VK_8: 56,
  VK_9: 57,
  VK_RED: 403,
  VK_GREEN: 404,
  VK_YELLOW: 405,
  VK_BLUE: 406,
  VK_PLAY_PAUSE: 402,
  VK_PLAY: 415,
  VK_PAUSE: 19,
  VK_STOP: 413,
  VK_FAST_FWD: 417,
  VK_REWIND: 412,
  VK_VOLUME_UP: 447,
  VK_VOLUME_DOWN: 448,
  VK_MUTE: 449,
};

const STATIC_TABLES: Readonly<Record<Exclude<PlatformId, 'hbbtv'>, KeyTable>> = {
  desktop: DESKTOP,
  tizen: TIZEN,
  webos: WEBOS,
  androidtv: ANDROID_TV,
  firetv: FIRE_TV,
  cobalt: COBALT,
  rdk: RDK,
  vidaa: VIDAA,
  iptv: IPTV,
};

/**
 * Reads the receiver's VK_* constants from `globals.KeyEvent` (where OIPF DAE defines them) and
 * from `globals` itself (where many receivers also put them); KeyEvent wins. Only numbers count.
 */
export function readHbbtvVkTable(globals: Record<string, unknown>): VkTable {
  const keyEvent = globals['KeyEvent'];
  const sources: unknown[] = [globals, keyEvent];
  const table: Record<string, number> = {};
  for (const name of Object.values(HBBTV_VK_NAMES)) {
    for (const source of sources) {
      const value = readNumber(source, name);
      if (value !== undefined) table[name] = value;
    }
  }
  return table;
}

function readNumber(source: unknown, name: string): number | undefined {
  if ((typeof source !== 'object' && typeof source !== 'function') || source === null) {
    return undefined;
  }
  try {
    const value: unknown = (source as Record<string, unknown>)[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  } catch {
    // Some receivers' host objects throw on unknown property reads.
    return undefined;
  }
}

// Built once per vk object: toLogicalKey runs on every keydown.
const hbbtvTableCache = new WeakMap<VkTable, KeyTable>();
// Stands for "no vk given" in the cache, so the default table is built once too.
const NO_VK: VkTable = {};

function hbbtvTable(vk: VkTable | undefined): KeyTable {
  const source = vk ?? NO_VK;
  const cached = hbbtvTableCache.get(source);
  if (cached) return cached;
  const table: Partial<Record<LogicalKey, RemoteButton>> = {};
  for (const [logical, name] of Object.entries(HBBTV_VK_NAMES) as [LogicalKey, string][]) {
    const keyCode = source[name] ?? HBBTV_DEFAULT_VK[name];
    if (keyCode === undefined) continue;
    // Arrows, Enter and digits keep their W3C key names when they are at their usual codes.
    const standard = D_PAD[logical] ?? DIGITS[logical];
    table[logical] = standard && standard.keyCode === keyCode ? standard : { keyCode: keyCode };
  }
  hbbtvTableCache.set(source, table);
  return table;
}

function tableFor(platform: PlatformId, vk: VkTable | undefined): KeyTable {
  return platform === 'hbbtv' ? hbbtvTable(vk) : STATIC_TABLES[platform];
}

// keyCode → logical key, per table, built on first use.
const reverseCache = new WeakMap<KeyTable, ReadonlyMap<number, LogicalKey>>();

function reverse(table: KeyTable): ReadonlyMap<number, LogicalKey> {
  const cached = reverseCache.get(table);
  if (cached) return cached;
  const map = new Map<number, LogicalKey>();
  for (const [logical, button] of Object.entries(table) as [LogicalKey, RemoteButton][]) {
    for (const code of [button.keyCode, ...(button.also ?? [])]) {
      // 0 means "no keyCode"; the first button to claim a code keeps it.
      if (code !== 0 && !map.has(code)) map.set(code, logical);
    }
  }
  reverseCache.set(table, map);
  return map;
}

/**
 * The logical key an event means on `platform`, or null when Hearth has no use for it.
 * `vk` is the HbbTV receiver's VK_* table (see `readHbbtvVkTable`); other platforms ignore it.
 */
export function toLogicalKey(
  event: KeyEventLike,
  platform: PlatformId,
  vk?: VkTable,
): LogicalKey | null {
  const fromKey = event.key === undefined ? undefined : W3C_KEYS[event.key];
  if (fromKey) return fromKey;
  const keyCode = event.keyCode;
  if (keyCode === undefined || keyCode === 0) return null;
  return reverse(tableFor(platform, vk)).get(keyCode) ?? COMMON_KEY_CODES[keyCode] ?? null;
}

/**
 * Every key code `platform` sends and the logical key it means, as one table: for a
 * key handler that looks keys up by code alone (the Lightning SDK's key map). A
 * code the platform's table names wins over the codes every platform shares.
 */
export function keyCodeTable(platform: PlatformId, vk?: VkTable): Record<number, LogicalKey> {
  const table: Record<number, LogicalKey> = { ...COMMON_KEY_CODES };
  for (const [code, logical] of reverse(tableFor(platform, vk))) table[code] = logical;
  return table;
}

/**
 * The event a real remote on `platform` sends for `logical`, or null when that platform's remote
 * has no such key. `toLogicalKey(logicalKeyEvent(k, p), p) === k` for every key it returns.
 */
export function logicalKeyEvent(
  logical: LogicalKey,
  platform: PlatformId,
  vk?: VkTable,
): RemoteKeyEvent | null {
  const button = tableFor(platform, vk)[logical];
  if (!button) return null;
  return {
    key: button.key ?? 'Unidentified',
    keyCode: button.keyCode,
    code: button.code ?? '',
  };
}
