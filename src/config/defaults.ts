/**
 * Defaults for everything config.json may leave out, and `applyDefaults`, which
 * builds a fresh `HearthConfig` from a validated file. It copies only known
 * fields, so unknown keys (already reported as warnings) never reach the app,
 * and it never shares objects with its input, so the app can't mutate the
 * parsed file (or the other way round).
 */
import {
  FEATURE_IDS,
  type HearthConfig,
  type HearthLocation,
  type HearthSources,
  type HomeThresholds,
  type RawConfig,
} from './types.js';

/** The product name; it is a brand, so it is not translated. */
export const DEFAULT_OPERATOR_NAME = 'Hearth';
/** A warm amber that reads well on dark backgrounds and at TV viewing distance. */
export const DEFAULT_ACCENT = '#e8a33d';
export const DEFAULT_LOCALE = 'zh-CN';
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_ALERT_POLL_SECONDS = 60;
export const DEFAULT_NOTICE_POLL_SECONDS = 120;
/** Notices a household must not miss: water, power, gas, lifts. */
export const DEFAULT_URGENT_NOTICE_CATEGORIES = ['停水', '停电', '停气', '电梯停运'];
/** Long enough not to fire by accident, short enough for a frightened hand. */
export const DEFAULT_SOS_HOLD_SECONDS = 2;
/** A quarter of an hour: time to sit down by the TV before a video consultation. */
export const DEFAULT_REMINDER_MINUTES = 15;

/**
 * When My Home marks an air reading: PM2.5 over China's 24-hour limit (GB 3095-2012,
 * grade II, 75 µg/m³), CO₂ over 1,000 ppm (GB/T 18883 indoor air), and temperature and
 * humidity outside what is comfortable and safe for an older person.
 */
export const DEFAULT_HOME_THRESHOLDS: Readonly<HomeThresholds> = {
  pm25: 75,
  co2: 1000,
  temperatureHigh: 30,
  temperatureLow: 10,
  humidityHigh: 70,
  humidityLow: 30,
};

/** A new object each call, so callers may keep and change what they get. */
export function defaultConfig(): HearthConfig {
  return applyDefaults({});
}

export function applyDefaults(raw: RawConfig): HearthConfig {
  const operator: HearthConfig['operator'] = {
    name: raw.operator?.name ?? DEFAULT_OPERATOR_NAME,
    theme: { accent: raw.operator?.theme?.accent ?? DEFAULT_ACCENT },
  };
  if (raw.operator?.logo !== undefined) operator.logo = raw.operator.logo;

  const config: HearthConfig = {
    operator,
    locale: raw.locale ?? DEFAULT_LOCALE,
    timeZone: raw.timeZone ?? DEFAULT_TIME_ZONE,
    features: [...(raw.features ?? FEATURE_IDS)],
    startInLiveTv: raw.startInLiveTv ?? false,
    sources: copySources(raw.sources),
  };
  if (raw.location) config.location = copyLocation(raw.location);
  return config;
}

function copyLocation(raw: HearthLocation): HearthLocation {
  const location: HearthLocation = { regionCode: raw.regionCode };
  if (raw.lat !== undefined) location.lat = raw.lat;
  if (raw.lon !== undefined) location.lon = raw.lon;
  return location;
}

function copySources(raw: RawConfig['sources']): HearthSources {
  const sources: HearthSources = {};
  if (!raw) return sources;
  const { channels, home, health, services, alerts, community } = raw;
  if (channels) {
    sources.channels = { playlistUrl: channels.playlistUrl };
    if (channels.guideUrl !== undefined) sources.channels.guideUrl = channels.guideUrl;
  }
  if (home) {
    sources.home = {
      url: home.url,
      token: home.token,
      thresholds: { ...DEFAULT_HOME_THRESHOLDS, ...definedOnly(home.thresholds ?? {}) },
    };
    if (home.care) {
      sources.home.care = {
        inactivityHours: home.care.inactivityHours,
        dayStart: home.care.dayStart ?? '07:00',
        dayEnd: home.care.dayEnd ?? '21:00',
        answerMinutes: home.care.answerMinutes ?? 5,
      };
    }
    if (home.sos) {
      sources.home.sos = {
        service: home.sos.service,
        holdSeconds: home.sos.holdSeconds ?? DEFAULT_SOS_HOLD_SECONDS,
      };
    }
  }
  if (health) {
    sources.health = {
      fhirBaseUrl: health.fhirBaseUrl,
      patient: health.patient,
      reminderMinutes: health.reminderMinutes ?? DEFAULT_REMINDER_MINUTES,
      videoHosts: (health.videoHosts ?? []).map((origin) => new URL(origin).origin),
    };
    if (health.token !== undefined) sources.health.token = health.token;
  }
  if (services) {
    sources.services = { catalogUrl: services.catalogUrl };
    if (services.mobileUrl !== undefined) sources.services.mobileUrl = services.mobileUrl;
  }
  if (alerts) {
    sources.alerts = {
      feedUrls: [...alerts.feedUrls],
      pollSeconds: alerts.pollSeconds ?? DEFAULT_ALERT_POLL_SECONDS,
      includeTests: alerts.includeTests ?? false,
    };
  }
  if (community) {
    sources.community = {
      pollSeconds: community.pollSeconds ?? DEFAULT_NOTICE_POLL_SECONDS,
      urgentCategories: [...(community.urgentCategories ?? DEFAULT_URGENT_NOTICE_CATEGORIES)],
    };
    if (community.noticesUrl !== undefined) sources.community.noticesUrl = community.noticesUrl;
    if (community.parcelsUrl !== undefined) sources.community.parcelsUrl = community.parcelsUrl;
    if (community.catalogUrl !== undefined) sources.community.catalogUrl = community.catalogUrl;
    if (community.parcelsEntity !== undefined) {
      sources.community.parcelsEntity = community.parcelsEntity;
    }
    if (community.address !== undefined) sources.community.address = community.address;
  }
  return sources;
}

/** The fields that are set, so an explicit `undefined` never hides a default. */
function definedOnly<T extends object>(value: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined),
  ) as Partial<T>;
}
