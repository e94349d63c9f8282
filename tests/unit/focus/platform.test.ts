import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  currentPlatform,
  detectPlatform,
  PLATFORM_IDS,
  type PlatformId,
} from '@src/focus/platform';

/**
 * User agents as published by vendors or captured from real devices (Samsung's "Retrieving
 * Platform Information" guide, server logs and UA test fixtures in public repositories).
 */
const UA = {
  tizen:
    'Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 85.0.4183.93/6.0 TV Safari/537.36',
  webos:
    'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36 WebAppManager',
  hbbtvPhilips:
    'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.91 Safari/537.36 HbbTV/1.5.1 (+DRM; Philips; 32PFS6855/12; 202.003.188.011; ; _TV_MT9288_2020;) FVC/4.0 (Philips; com.tpv-tech.TPM207E;) LaTivu_1.0.1_2020',
  hbbtvLg:
    'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 Safari/537.36 HbbTV/1.5.1 (+DRM; LGE; 75UP81003LR; WEBOS6.0 03.40.82; W60_K7LP; DTV_W21P;)',
  hbbtvSony:
    'Mozilla/5.0 (Linux; Andr0id 9; BRAVIA 4K UR3 Build/PTT1.190515.001.S42) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36 OPR/46.0.2207.0 OMI/4.13.5.431.DIA5HBBTV.143 HbbTV/1.5.1 (+DRM; Sony; 43NB---QBS4; PKG6.4624.0605EUA; ; com.sony.HE.G3.4K; ) sony.hbbtv.tv.G3.2020HE.4K YouView',
  hbbtvVestel:
    'Mozilla/5.0 (Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.159 Safari/537.36 OPR/46.0.2207.0 OMI/4.22.1.32.LIMA.200 Model/Vestel-MB190 HbbTV/1.6.1 (+DRM; JVC; MB190; 1.48.12.1; _TV__2022; ) SmartTvA/3.0.0',
  firetv:
    'Mozilla/5.0 (Linux; Android 9; AFTWMST22 Build/PS7233; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.152 Mobile Safari/537.36',
  androidtv:
    'Mozilla/5.0 (Linux; Android 11; BRAVIA 4K VH2) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.159 Safari/537.36',
  cobaltFireTv:
    'Mozilla/5.0 (Linux armeabi-v7a; Android 7.1.2; Fire OS 6.0) Cobalt/22.lts.3.306369-gold (unlike Gecko) v8/8.8.278.8-jit gles Starboard/13, Amazon_ATV_mediatek8695_2019/NS6294 (Amazon, AFTMM, Wireless) com.amazon.firetv.youtube/22.3.r2.v66.0',
  cobaltLg:
    'Mozilla/5.0 (webOS.TV-2022) Cobalt/22.lts.2.305573-gold (unlike Gecko) v8/8.8.278.8-jit gles Starboard/13, LG_TV_LM21AN_2022/20221123 (lgBreadB, lgBreadM, Wired)',
  cobaltPs5:
    'Mozilla/5.0 (X11; Linux x86_64) Cobalt/22.lts.3-gold (unlike Gecko) v8/8.8.278.17-jit gles Starboard/13, Sony_PS5_2020/1.0 (Sony, PS5, Wired)',
  rdk: 'Mozilla/5.0 (Linux armv7l) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/2.48.0 Safari/605.1.15 WPE',
  vidaa:
    'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.5563.146 Odin/111.5563.5.1 Safari/537.36 Model/VIDAA-MTK9603 VIDAA/9.0(Hisense;SmartTV;65A60LXVT;MTK9603/V0000.09.01W.P0714;UHD;65A6N;)',
  iptvIpanel: 'Mozilla/4.0 (compatible; MSIE 6.0; EIS iPanel 3.0 ; unknown)',
  iptvSunniwell:
    'Mozilla/5.0 (X11; Linux i686; en-US) AppleWebKit/534.0 (KHTML, like Gecko) Ranger/3.0.88127.2615 EC2108 Sunniwell; Resolution(PAL,720P,1080i); EIS iPanel 2.0',
  desktopMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36',
  androidPhone:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  xbox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox Series X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
} as const;

function fromUa(userAgent: string): PlatformId {
  return detectPlatform({ userAgent, globals: {} });
}

function fromGlobals(
  globals: Record<string, unknown>,
  userAgent: string = UA.desktopMac,
): PlatformId {
  return detectPlatform({ userAgent, globals });
}

describe('detectPlatform from the user agent', () => {
  it.each([
    ['Samsung Tizen 6.0', UA.tizen, 'tizen'],
    ['LG webOS', UA.webos, 'webos'],
    ['a Philips HbbTV browser', UA.hbbtvPhilips, 'hbbtv'],
    ['a Vestel HbbTV browser', UA.hbbtvVestel, 'hbbtv'],
    ['a Fire TV WebView (AFT model)', UA.firetv, 'firetv'],
    ['an Android TV WebView on a BRAVIA', UA.androidtv, 'androidtv'],
    ['Cobalt on a PlayStation 5', UA.cobaltPs5, 'cobalt'],
    ['WPE WebKit (RDK)', UA.rdk, 'rdk'],
    ['Hisense VIDAA', UA.vidaa, 'vidaa'],
    ['an iPanel 3.0 IPTV browser', UA.iptvIpanel, 'iptv'],
    ['a Sunniwell EC2108 IPTV box', UA.iptvSunniwell, 'iptv'],
  ] as const)('recognises %s', (_name, userAgent, platform) => {
    expect(fromUa(userAgent)).toBe(platform);
  });

  it('prefers Cobalt over the device it runs on (Fire TV, webOS)', () => {
    expect(fromUa(UA.cobaltFireTv)).toBe('cobalt');
    expect(fromUa(UA.cobaltLg)).toBe('cobalt');
  });

  it('treats the HbbTV browsers of LG and Sony as HbbTV, not webOS or Android TV', () => {
    expect(fromUa(UA.hbbtvLg)).toBe('hbbtv');
    expect(fromUa(UA.hbbtvSony)).toBe('hbbtv');
  });

  it('falls back to desktop for desktop browsers, phones and consoles', () => {
    expect(fromUa(UA.desktopMac)).toBe('desktop');
    expect(fromUa(UA.androidPhone)).toBe('desktop');
    expect(fromUa(UA.xbox)).toBe('desktop');
    expect(fromUa('')).toBe('desktop');
  });
});

describe('detectPlatform from the runtime globals', () => {
  it('recognises each runtime by the objects only it defines', () => {
    expect(fromGlobals({ tizen: {} })).toBe('tizen');
    expect(fromGlobals({ webOS: {} })).toBe('webos');
    expect(fromGlobals({ PalmSystem: {} })).toBe('webos');
    expect(fromGlobals({ webOSSystem: {} })).toBe('webos');
    expect(fromGlobals({ h5vcc: {} })).toBe('cobalt');
    expect(fromGlobals({ oipfObjectFactory: {} })).toBe('hbbtv');
    expect(fromGlobals({ VK_BACK: 461 })).toBe('hbbtv');
    expect(fromGlobals({ KeyEvent: { VK_RED: 403 } })).toBe('hbbtv');
    expect(fromGlobals({ iPanel: {} })).toBe('iptv');
    expect(fromGlobals({ Authentication: { CUGetConfig: () => 'EC6108V9' } })).toBe('iptv');
    expect(fromGlobals({ Utility: { getEvent: () => '{}' } })).toBe('iptv');
  });

  it('lets the globals win over a user agent that says otherwise', () => {
    expect(fromGlobals({ tizen: {} }, UA.desktopMac)).toBe('tizen');
    expect(fromGlobals({ webOS: {} }, UA.hbbtvLg)).toBe('webos');
  });

  it('does not mistake Firefox’s KeyEvent (DOM_VK_* constants) for an HbbTV receiver', () => {
    expect(fromGlobals({ KeyEvent: function KeyEvent() {}, DOM_VK_BACK_SPACE: 8 })).toBe('desktop');
    expect(fromGlobals({ KeyEvent: { DOM_VK_RETURN: 13 } })).toBe('desktop');
  });

  it('does not count a page’s own Utility or Authentication objects as IPTV middleware', () => {
    expect(fromGlobals({ Utility: {}, Authentication: { login: () => undefined } })).toBe(
      'desktop',
    );
  });
});

describe('the ?platform= override', () => {
  it('wins over globals and user agent when it names a platform', () => {
    expect(detectPlatform({ userAgent: UA.tizen, globals: { tizen: {} }, override: 'iptv' })).toBe(
      'iptv',
    );
    expect(detectPlatform({ userAgent: UA.desktopMac, globals: {}, override: ' WebOS ' })).toBe(
      'webos',
    );
  });

  it('is ignored when it names no platform', () => {
    expect(detectPlatform({ userAgent: UA.tizen, globals: {}, override: 'roku' })).toBe('tizen');
    expect(detectPlatform({ userAgent: UA.tizen, globals: {}, override: '' })).toBe('tizen');
    expect(detectPlatform({ userAgent: UA.tizen, globals: {}, override: null })).toBe('tizen');
  });
});

describe('PLATFORM_IDS', () => {
  it('lists the ten platforms once each', () => {
    expect(new Set(PLATFORM_IDS).size).toBe(10);
    for (const id of PLATFORM_IDS)
      expect(detectPlatform({ userAgent: '', globals: {}, override: id })).toBe(id);
  });
});

describe('currentPlatform', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is desktop outside a browser', () => {
    vi.stubGlobal('window', undefined);
    expect(currentPlatform()).toBe('desktop');
  });

  it('reads the user agent, window and ?platform= of the running page', () => {
    vi.stubGlobal('navigator', { userAgent: UA.webos });
    vi.stubGlobal('location', { search: '' });
    vi.stubGlobal('window', {});
    expect(currentPlatform()).toBe('webos');

    vi.stubGlobal('window', { tizen: {} });
    expect(currentPlatform()).toBe('tizen');

    vi.stubGlobal('location', { search: '?lang=en&platform=hbbtv' });
    expect(currentPlatform()).toBe('hbbtv');
  });
});
