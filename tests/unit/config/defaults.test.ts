import { describe, expect, it } from 'vitest';
import { applyDefaults, DEFAULT_HOME_THRESHOLDS, defaultConfig } from '@src/config/defaults';
import type { RawConfig } from '@src/config/types';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('applyDefaults', () => {
  it('fills an empty file with the documented defaults', () => {
    expect(applyDefaults({})).toEqual({
      operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      features: ['watch', 'home', 'health', 'services', 'community', 'alerts', 'settings'],
      startInLiveTv: false,
      sources: {},
    });
  });

  it('fills nested gaps without overriding what the file says', () => {
    const config = applyDefaults({
      operator: { name: 'Acme TV', theme: {} },
      features: ['watch', 'settings'],
      sources: { alerts: { feedUrls: ['https://cap.example.org/feed'] } },
    });
    expect(config.operator).toEqual({ name: 'Acme TV', theme: { accent: '#e8a33d' } });
    expect(config.features).toEqual(['watch', 'settings']);
    expect(config.sources.alerts).toEqual({
      feedUrls: ['https://cap.example.org/feed'],
      pollSeconds: 60,
      includeTests: false,
    });
  });

  it('fills in the home thresholds an operator left out and keeps the ones given', () => {
    const config = applyDefaults({
      sources: {
        home: { url: 'http://ha.example.org', token: 'abcd', thresholds: { pm25: 35, co2: 800 } },
      },
    });
    expect(config.sources.home?.thresholds).toEqual({
      ...DEFAULT_HOME_THRESHOLDS,
      pm25: 35,
      co2: 800,
    });
    expect(
      applyDefaults({ sources: { home: { url: 'u', token: 't' } } }).sources.home?.thresholds,
    ).toEqual({
      pm25: 75,
      co2: 1000,
      temperatureHigh: 30,
      temperatureLow: 10,
      humidityHigh: 70,
      humidityLow: 30,
    });
  });

  it('never mutates its input and shares no objects with it', () => {
    const raw: RawConfig = deepFreeze({
      operator: { name: 'Acme', logo: 'logo.svg', theme: { accent: '#fff' } },
      location: { regionCode: '310101', lat: 31.2, lon: 121.5 },
      features: ['home'],
      sources: {
        channels: { playlistUrl: 'a.m3u' },
        home: { url: 'http://ha.example.org', token: 'abcd' },
        alerts: { feedUrls: ['f.xml'], pollSeconds: 30 },
      },
    });
    const before = structuredClone(raw);

    const config = applyDefaults(raw);
    config.features.push('watch');
    config.sources.alerts?.feedUrls.push('g.xml');
    if (config.location) config.location.lat = 0;
    config.operator.theme.accent = '#000';

    expect(raw).toEqual(before);
  });

  it('drops unknown keys', () => {
    const raw = { operator: { name: 'A', colour: 'red' }, extra: 1 } as unknown as RawConfig;
    const config = applyDefaults(raw);
    expect(config).not.toHaveProperty('extra');
    expect(config.operator).not.toHaveProperty('colour');
  });

  it('returns a fresh default object on every call', () => {
    const first = defaultConfig();
    first.features.length = 0;
    expect(defaultConfig().features).toHaveLength(7);
  });
});
