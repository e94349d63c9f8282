import { describe, expect, it } from 'vitest';
import type { CatchupSpec, Channel } from '@src/data/channels/channel-types.js';
import { catchupUrl, isCatchupAvailable } from '@src/data/channels/catchup-url.js';

// 2026-11-24 11:00–12:30 UTC (19:00–20:30 in Shanghai), watched at 14:00 UTC.
const START = Date.parse('2026-11-24T11:00:00Z'); // 1795518000 s
const STOP = Date.parse('2026-11-24T12:30:00Z'); // 1795523400 s
const NOW = Date.parse('2026-11-24T14:00:00Z'); // 1795528800 s
const PROGRAMME = { start: START, stop: STOP };
const DAY_MS = 86_400_000;

function channel(url: string, catchup?: CatchupSpec): Channel {
  return {
    key: 'k',
    name: 'Channel',
    url,
    headers: {},
    groups: [],
    radio: false,
    kodiProps: {},
    vlcOptions: {},
    ...(catchup && { catchup }),
  };
}

function fromTemplate(source: string, timeZone?: string, catchupId?: string): string | undefined {
  return catchupUrl(
    channel('http://127.0.0.1/live.m3u8', { mode: 'default', source }),
    { ...PROGRAMME, ...(catchupId !== undefined && { catchupId }) },
    NOW,
    timeZone,
  );
}

describe('catchupUrl modes', () => {
  it('default: the catchup-source template replaces the stream address', () => {
    const url = catchupUrl(
      channel('http://127.0.0.1/channeld/video.m3u8', {
        mode: 'default',
        source: 'http://127.0.0.1/channeld/video-{utc}-{duration}.m3u8',
      }),
      PROGRAMME,
      NOW,
    );

    expect(url).toBe('http://127.0.0.1/channeld/video-1795518000-5400.m3u8');
  });

  it('append: the catchup-source is appended to the stream address', () => {
    const url = catchupUrl(
      channel('http://127.0.0.1/live/channel-c.ts', {
        mode: 'append',
        source: '?cutv={Y}-{m}-{d}T{H}:{M}:{S}',
      }),
      PROGRAMME,
      NOW,
    );

    expect(url).toBe('http://127.0.0.1/live/channel-c.ts?cutv=2026-11-24T11:00:00');
  });

  it.each([
    ['http://127.0.0.1/live/d.ts', 'http://127.0.0.1/live/d.ts?utc=1795518000&lutc=1795528800'],
    [
      'http://127.0.0.1/live/d.m3u8?token=x',
      'http://127.0.0.1/live/d.m3u8?token=x&utc=1795518000&lutc=1795528800',
    ],
    [
      'http://[2001:db8::1]:8080/live.m3u8',
      'http://[2001:db8::1]:8080/live.m3u8?utc=1795518000&lutc=1795528800',
    ],
  ])('shift: %s gets utc and lutc in unix seconds', (stream, expected) => {
    expect(catchupUrl(channel(stream, { mode: 'shift' }), PROGRAMME, NOW)).toBe(expected);
  });

  it.each([
    [
      'http://127.0.0.1:8888/325/index.m3u8?token=secret',
      'http://127.0.0.1:8888/325/index-1795518000-5400.m3u8?token=secret',
    ],
    [
      'http://127.0.0.1:8888/325/mono.m3u8?token=secret',
      'http://127.0.0.1:8888/325/mono-1795518000-5400.m3u8?token=secret',
    ],
    [
      'http://127.0.0.1/151/mpegts?token=my_token',
      'http://127.0.0.1/151/timeshift_abs-1795518000.ts?token=my_token',
    ],
    [
      'http://127.0.0.1:8888/325/live?token=my_token',
      'http://127.0.0.1:8888/325/index-1795518000-5400.m3u8?token=my_token',
    ],
    ['http://[::1]/ch/index.m3u8', 'http://[::1]/ch/index-1795518000-5400.m3u8'],
  ])('flussonic: %s → %s', (stream, expected) => {
    expect(catchupUrl(channel(stream, { mode: 'flussonic' }), PROGRAMME, NOW)).toBe(expected);
  });

  it('flussonic: an address without a channel folder has no catch-up', () => {
    const live = channel('http://127.0.0.1/index.m3u8', { mode: 'flussonic' });

    expect(catchupUrl(live, PROGRAMME, NOW)).toBeUndefined();
    expect(isCatchupAvailable(live, PROGRAMME, NOW)).toBe(false);
  });

  it.each([
    [
      'http://127.0.0.1:8080/my@account.xc/my_password/1477',
      'http://127.0.0.1:8080/timeshift/my@account.xc/my_password/90/2026-11-24:11-00/1477.ts',
    ],
    [
      'http://127.0.0.1:8080/live/my@account.xc/my_password/1477.m3u8',
      'http://127.0.0.1:8080/timeshift/my@account.xc/my_password/90/2026-11-24:11-00/1477.m3u8',
    ],
    [
      'http://127.0.0.1:8080/user/pass/123.ts',
      'http://127.0.0.1:8080/timeshift/user/pass/90/2026-11-24:11-00/123.ts',
    ],
  ])('xc: %s → %s', (stream, expected) => {
    expect(catchupUrl(channel(stream, { mode: 'xc' }), PROGRAMME, NOW)).toBe(expected);
  });

  it('xc: writes the start in the portal’s zone, as the panel reads its own wall clock', () => {
    const url = catchupUrl(
      channel('http://127.0.0.1:8080/user/pass/123', { mode: 'xc' }),
      PROGRAMME,
      NOW,
      'Asia/Shanghai',
    );

    expect(url).toBe('http://127.0.0.1:8080/timeshift/user/pass/90/2026-11-24:19-00/123.ts');
  });
});

describe('catchupUrl placeholders', () => {
  it('fills {utc} {start} {utcend} {end} {lutc} {now} {timestamp} with unix seconds', () => {
    expect(
      fromTemplate('/c?a={utc}&b={start}&c={utcend}&d={end}&e={lutc}&f={now}&g={timestamp}'),
    ).toBe(
      '/c?a=1795518000&b=1795518000&c=1795523400&d=1795523400&e=1795528800&f=1795528800&g=1795528800',
    );
  });

  it('fills the ${start} ${end} ${now} ${timestamp} ${offset} ${duration} dollar style', () => {
    expect(
      fromTemplate('/c?s=${start}&e=${end}&n=${now}&t=${timestamp}&o=${offset}&d=${duration}'),
    ).toBe('/c?s=1795518000&e=1795523400&n=1795528800&t=1795528800&o=10800&d=5400');
  });

  it('divides {duration:N} and {offset:N} by whole dividers, rounding down', () => {
    expect(fromTemplate('/c?d={duration}&m={duration:60}&h={duration:3600}&o={offset:60}')).toBe(
      '/c?d=5400&m=90&h=1&o=180',
    );
  });

  it('leaves a divider Kodi refuses (0, fractions) in place', () => {
    expect(fromTemplate('/c?a={duration:0}&b={offset:1.5}')).toBe(
      '/c?a={duration:0}&b={offset:1.5}',
    );
  });

  it('fills {Y}{m}{d}{H}{M}{S} with zero-padded start parts in the given zone', () => {
    expect(fromTemplate('/{Y}/{m}/{d}/{H}{M}{S}')).toBe('/2026/11/24/110000');
    expect(fromTemplate('/{Y}/{m}/{d}/{H}{M}{S}', 'Asia/Shanghai')).toBe('/2026/11/24/190000');
  });

  it('writes {utc:FORMAT} and {utcend:FORMAT} in UTC whatever the zone', () => {
    expect(fromTemplate('/c?start={utc:YmdHMS}&end={utcend:Y-m-d H:M:S}', 'Asia/Shanghai')).toBe(
      '/c?start=20261124110000&end=2026-11-24 12:30:00',
    );
  });

  it('writes {start:FORMAT}, {end:FORMAT} and ${end:FORMAT} in the given zone', () => {
    expect(
      fromTemplate('/c?start={start:YmdHM}&end={end:Ymd-H-M}&e2=${end:YmdHM}', 'Asia/Shanghai'),
    ).toBe('/c?start=202611241900&end=20261124-20-30&e2=202611242030');
  });

  it('writes ${(b)…} and ${(e)…} Java patterns in the given zone, or in UTC with |UTC', () => {
    const template =
      '/index.m3u8?playseek=${(b)yyyyMMddHHmmss}-${(e)yyyyMMddHHmmss}&utc=${(b)yyyyMMddHHmmss|UTC}-${(e)yyyyMMddHHmmss|UTC}';

    expect(fromTemplate(template, 'Asia/Shanghai')).toBe(
      '/index.m3u8?playseek=20261124190000-20261124203000&utc=20261124110000-20261124123000',
    );
  });

  it('reads quoted literals and short fields in Java patterns', () => {
    expect(fromTemplate("/c?t=${(b)yyyy-MM-dd'T'HH:mm:ss}&y=${(e)yy}", 'Asia/Shanghai')).toBe(
      '/c?t=2026-11-24T19:00:00&y=26',
    );
  });

  it('fills {catchup-id} verbatim, without reading placeholders inside it', () => {
    expect(fromTemplate('plugin://plugin.video.x/?id={catchup-id}', 'UTC', 'ep-{utc}')).toBe(
      'plugin://plugin.video.x/?id=ep-{utc}',
    );
  });

  it('gives no address for a {catchup-id} template when the programme has no id', () => {
    expect(fromTemplate('plugin://plugin.video.x/?id={catchup-id}')).toBeUndefined();
  });

  it('leaves placeholders it does not know as written', () => {
    expect(fromTemplate('/c/{channel}/{utc}?x=${foo}')).toBe('/c/{channel}/1795518000?x=${foo}');
  });

  it('uses UTC for a time zone the engine does not know', () => {
    expect(fromTemplate('/{H}', 'Mars/Olympus_Mons')).toBe('/11');
  });

  it('moves programme times, and the offset from them, by correctionHours', () => {
    const url = catchupUrl(
      channel('http://127.0.0.1/c.ts', {
        mode: 'append',
        source: '?t={utc}&cutv={H}:{M}&o={offset:60}&l={lutc}',
        correctionHours: -4,
      }),
      PROGRAMME,
      NOW,
    );

    expect(url).toBe('http://127.0.0.1/c.ts?t=1795503600&cutv=07:00&o=420&l=1795528800');
  });
});

describe('catchupUrl availability', () => {
  const shift = channel('http://127.0.0.1/live.ts', { mode: 'shift', days: 3 });

  it('gives no address for a channel without catch-up', () => {
    const live = channel('http://127.0.0.1/live.ts');

    expect(catchupUrl(live, PROGRAMME, NOW)).toBeUndefined();
    expect(isCatchupAvailable(live, PROGRAMME, NOW)).toBe(false);
  });

  it('gives no address for a programme that has not started', () => {
    const future = { start: NOW + 60_000, stop: NOW + 3_600_000 };
    const startingNow = { start: NOW, stop: NOW + 3_600_000 };

    expect(catchupUrl(shift, future, NOW)).toBeUndefined();
    expect(catchupUrl(shift, startingNow, NOW)).toBeUndefined();
    expect(isCatchupAvailable(shift, future, NOW)).toBe(false);
  });

  it('gives an address for a programme still on air, from its start', () => {
    const onAir = { start: NOW - 600_000, stop: NOW + 600_000 };

    expect(catchupUrl(shift, onAir, NOW)).toBe(
      `http://127.0.0.1/live.ts?utc=${(NOW - 600_000) / 1000}&lutc=${NOW / 1000}`,
    );
  });

  it('keeps programmes up to catchup-days old and refuses older ones', () => {
    const oldest = { start: NOW - 3 * DAY_MS, stop: NOW - 3 * DAY_MS + 3_600_000 };
    const tooOld = { start: oldest.start - 1000, stop: oldest.stop };

    expect(isCatchupAvailable(shift, oldest, NOW)).toBe(true);
    expect(isCatchupAvailable(shift, tooOld, NOW)).toBe(false);
    expect(catchupUrl(shift, tooOld, NOW)).toBeUndefined();
  });

  it('does not limit the age when the list gave no days', () => {
    const noDays = channel('http://127.0.0.1/live.ts', { mode: 'shift' });
    const lastMonth = { start: NOW - 30 * DAY_MS, stop: NOW - 30 * DAY_MS + 3_600_000 };

    expect(isCatchupAvailable(noDays, lastMonth, NOW)).toBe(true);
  });

  it('gives no address for times that are not numbers', () => {
    expect(catchupUrl(shift, { start: Number.NaN, stop: STOP }, NOW)).toBeUndefined();
  });
});
