/**
 * Types of the operator configuration. `RawConfig` is config.json as written
 * (every field optional, mirrors config.schema.json); `HearthConfig` is what the
 * app receives after validation and defaults.
 */

/** The areas of the portal an operator can switch on, in home-screen order. */
export const FEATURE_IDS = [
  'watch',
  'home',
  'health',
  'services',
  'community',
  'alerts',
  'settings',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

export type ConfigLocale = 'zh-CN' | 'en';

/**
 * One problem found in config.json. `path` is a JSON pointer into the file
 * ('' for the file as a whole); `message` is English, for logs and as the
 * fallback text; `keyword` and `params` let the error screen localise it.
 */
export interface ConfigIssue {
  path: string;
  message: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

export interface ChannelsSource {
  playlistUrl: string;
  guideUrl?: string;
}

export interface HomeSource {
  url: string;
  /** Secret: never log or display. */
  token: string;
  /** The call for help: a `domain.service` in Home Assistant, and how long Red is held for it. */
  sos?: { service: string; holdSeconds: number };
  /** The daytime check on an elderly resident (see docs/config.md). */
  care?: CareCheck;
  /** When the air readings are marked as too high or too low (defaults filled in). */
  thresholds?: HomeThresholds;
}

/** Limits for the environment readings on My Home; a reading past one is marked in words. */
export interface HomeThresholds {
  /** PM2.5 above this, µg/m³. */
  pm25: number;
  /** CO₂ above this, ppm. */
  co2: number;
  /** Indoor temperature above / below these, °C. */
  temperatureHigh: number;
  temperatureLow: number;
  /** Relative humidity above / below these, %. */
  humidityHigh: number;
  humidityLow: number;
}

export interface CareCheck {
  inactivityHours: number;
  /** HH:MM, local to `timeZone`. */
  dayStart: string;
  dayEnd: string;
  answerMinutes: number;
}

export interface HealthSource {
  fhirBaseUrl: string;
  patient: string;
  /** Secret: never log or display. */
  token?: string;
  /** Minutes before an appointment that its reminder shows. */
  reminderMinutes: number;
  /** Origins the TV itself may open a video room from (besides the FHIR server's). */
  videoHosts: string[];
}

export interface ServicesSource {
  catalogUrl: string;
  /** The operator's mobile page for continuing a form on a phone (QR hand-off). */
  mobileUrl?: string;
}

export interface AlertsSource {
  feedUrls: string[];
  pollSeconds: number;
  /** Show Exercise and Test alerts too (drills); false by default. */
  includeTests: boolean;
}

/** The property manager (物业) and the neighbourhood: every part optional. */
export interface CommunitySource {
  /** Atom or RSS feed of notices (停水停电、电梯检修、社区活动). */
  noticesUrl?: string;
  /** Seconds between polls of the notices feed. */
  pollSeconds: number;
  /** Notice categories that show over any screen until opened (停水, 停电…). */
  urgentCategories: string[];
  /** JSON list of parcels waiting in lockers for this household (personal: pickup codes). */
  parcelsUrl?: string;
  /** Else a Home Assistant sensor whose `parcels` attribute lists them (needs sources.home). */
  parcelsEntity?: string;
  /** Repairs and services at home, in the 电视办 catalogue contract. */
  catalogUrl?: string;
  /** The household's address, filled into forms that ask for it (x-prefill). */
  address?: string;
}

export interface HearthLocation {
  regionCode: string;
  lat?: number;
  lon?: number;
}

/** A source left out means the embedded demo backend serves that area. */
export interface HearthSources {
  channels?: ChannelsSource;
  home?: HomeSource;
  health?: HealthSource;
  services?: ServicesSource;
  alerts?: AlertsSource;
  community?: CommunitySource;
}

export interface HearthConfig {
  operator: {
    name: string;
    logo?: string;
    theme: { accent: string };
  };
  locale: ConfigLocale;
  timeZone: string;
  location?: HearthLocation;
  features: FeatureId[];
  /** The TV starts into live TV unless the household chose otherwise (see Settings). */
  startInLiveTv: boolean;
  sources: HearthSources;
}

/** config.json as written, once it has passed the schema. */
export interface RawConfig {
  operator?: {
    name?: string;
    logo?: string;
    theme?: { accent?: string };
    /** For the TV store packages only (scripts/package); the portal does not read them. */
    appId?: string;
    icon?: string;
  };
  locale?: ConfigLocale;
  timeZone?: string;
  location?: HearthLocation;
  /** Origins ?config= may load from; read from the built-in config.json only. */
  configOrigins?: string[];
  features?: FeatureId[];
  startInLiveTv?: boolean;
  sources?: {
    channels?: ChannelsSource;
    home?: Omit<HomeSource, 'sos' | 'care' | 'thresholds'> & {
      sos?: { service: string; holdSeconds?: number };
      care?: Partial<CareCheck> & { inactivityHours: number };
      thresholds?: Partial<HomeThresholds>;
    };
    health?: Omit<HealthSource, 'reminderMinutes' | 'videoHosts'> & {
      reminderMinutes?: number;
      videoHosts?: string[];
    };
    services?: ServicesSource;
    alerts?: { feedUrls: string[]; pollSeconds?: number; includeTests?: boolean };
    community?: Partial<CommunitySource>;
  };
}
