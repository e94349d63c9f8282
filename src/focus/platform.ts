/**
 * Which TV platform Hearth runs on. The platform decides the key tables (`key-tables.ts`), the
 * keys to register and how to exit (`platform-keys.ts`).
 *
 * Order of evidence: a `?platform=` override (for testing on a desktop), then the platform's own
 * JavaScript objects (reliable: only that runtime defines them), then the user agent (vendors
 * copy each other's tokens, so the order of the checks matters), then 'desktop'.
 */

export const PLATFORM_IDS = [
  'desktop',
  'tizen',
  'webos',
  'hbbtv',
  'androidtv',
  'firetv',
  'rdk',
  'cobalt',
  'vidaa',
  'iptv',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

export interface PlatformEnvironment {
  userAgent: string;
  /** The global object (window), or a stand-in in tests. */
  globals: Record<string, unknown>;
  /** The `?platform=` query value, if any. */
  override?: string | null;
}

export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

export function detectPlatform(env: PlatformEnvironment): PlatformId {
  const override = env.override?.trim().toLowerCase();
  if (override && isPlatformId(override)) return override;
  return fromGlobals(env.globals) ?? fromUserAgent(env.userAgent) ?? 'desktop';
}

/** The platform of the running page; 'desktop' outside a browser. */
export function currentPlatform(): PlatformId {
  if (typeof window === 'undefined') return 'desktop';
  const userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const search = typeof location === 'undefined' ? '' : location.search;
  return detectPlatform({
    userAgent,
    globals: window as unknown as Record<string, unknown>,
    override: new URLSearchParams(search).get('platform'),
  });
}

function fromGlobals(globals: Record<string, unknown>): PlatformId | null {
  // Cobalt exposes its H5VCC bridge as window.h5vcc.
  if (isObject(globals['h5vcc'])) return 'cobalt';
  if (isObject(globals['tizen'])) return 'tizen';
  // webOSTV.js defines webOS; the runtime itself defines webOSSystem (webOS 6+) or PalmSystem.
  if (['webOS', 'webOSSystem', 'PalmSystem'].some((name) => isObject(globals[name]))) {
    return 'webos';
  }
  if (hasChineseIptvMiddleware(globals)) return 'iptv';
  if (hasOipf(globals)) return 'hbbtv';
  return null;
}

/**
 * iPanel browsers define `iPanel`; Huawei/ZTE middleware define `Authentication` (with
 * CUGetConfig/CTCGetConfig) and `Utility` (with getEvent). The method checks keep a page's own
 * `Utility` or `Authentication` objects from counting.
 */
function hasChineseIptvMiddleware(globals: Record<string, unknown>): boolean {
  if (isObject(globals['iPanel'])) return true;
  const auth = globals['Authentication'];
  if (hasMethod(auth, 'CUGetConfig') || hasMethod(auth, 'CTCGetConfig')) return true;
  return hasMethod(globals['Utility'], 'getEvent');
}

/**
 * OIPF/HbbTV receivers define oipfObjectFactory and VK_* key constants. Firefox also has a
 * KeyEvent global, but its constants are DOM_VK_*, so only a numeric VK_BACK or VK_RED counts.
 */
function hasOipf(globals: Record<string, unknown>): boolean {
  if (isObject(globals['oipfObjectFactory'])) return true;
  if (typeof globals['VK_BACK'] === 'number') return true;
  const keyEvent = globals['KeyEvent'];
  return (
    isObject(keyEvent) &&
    (typeof keyEvent['VK_BACK'] === 'number' || typeof keyEvent['VK_RED'] === 'number')
  );
}

/**
 * Checks in order. Cobalt first: its UA names the device it runs on (…AFTMM…, webOS.TV-2022).
 * HbbTV next: LG, Sony and Hisense HbbTV browsers also carry Web0S/BRAVIA/Hisense tokens, but a
 * page in the HbbTV browser gets HbbTV keys. Chinese IPTV before Android TV: many of those boxes
 * run Android, yet pages run in the middleware's browser with its key codes. Skyworth counts only
 * as its set-top browser (Skyworth also sells Android TVs).
 */
const UA_RULES: readonly (readonly [PlatformId, (ua: string) => boolean])[] = [
  ['cobalt', (ua) => /\bCobalt\//.test(ua)],
  ['hbbtv', (ua) => /\bHbbTV\//i.test(ua)],
  ['tizen', (ua) => /\bTizen\b/i.test(ua)],
  ['webos', (ua) => /\bWeb0S\b|\bwebOS\b/i.test(ua)],
  ['vidaa', (ua) => /\bVIDAA\b/i.test(ua) || (/\bHisense\b/i.test(ua) && !/\bAndroid\b/i.test(ua))],
  [
    'iptv',
    (ua) =>
      /iPanel|SkyworthBrowser|Sunniwell|Huawei[ _-]?STB|\bEC61\d\d|\bEC21\d\d|\bB860A|\bZTE[ _-]?B\d{3}|\bHG680/i.test(
        ua,
      ),
  ],
  // Fire TV models are all "AFT" plus letters (AFTMM, AFTS, AFTKA…).
  ['firetv', (ua) => /\bAFT[A-Z0-9]+\b/.test(ua)],
  [
    'androidtv',
    (ua) =>
      /\bAndroid\b/i.test(ua) &&
      /\bTV\b|Android ?TV|Google ?TV|\bBRAVIA\b|\bSHIELD\b|\bMiBOX|\bCrKey\b|\bChromecast\b/i.test(
        ua,
      ),
  ],
  // WPE WebKit (RDK's browser, Metrological's app platform) ends its UA with "WPE".
  ['rdk', (ua) => /\bWPE\b|\bRDK\b/.test(ua)],
];

function fromUserAgent(userAgent: string): PlatformId | null {
  for (const [platform, matches] of UA_RULES) {
    if (matches(userAgent)) return platform;
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

function hasMethod(value: unknown, name: string): boolean {
  return isObject(value) && typeof value[name] === 'function';
}
