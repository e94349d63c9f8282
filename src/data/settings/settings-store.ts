/**
 * The household's display preferences, kept on this TV. Not personal data, so
 * plain localStorage; a reset clears it with everything else.
 */
import { isLocale, type Locale } from '../../i18n/localization.js';
import { safeLocalStorage } from '../safe-local-storage.js';

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** How many minutes before a programme its reminder shows (提前提醒). */
export const REMINDER_LEADS = [0, 1, 3, 5] as const;
export type ReminderLead = (typeof REMINDER_LEADS)[number];

export interface Settings {
  /** Chosen language; null follows the operator's config. */
  locale: Locale | null;
  textSize: TextSize;
  highContrast: boolean;
  readAloud: boolean;
  /** Start the TV into live TV (开机进入直播); null follows the operator's config. */
  startInLive: boolean | null;
  reminderLeadMinutes: ReminderLead;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  textSize: 'standard',
  highContrast: false,
  readAloud: false,
  startInLive: null,
  reminderLeadMinutes: 1,
};

const STORAGE_KEY = 'hearth.settings';

/** Read what was saved, keeping only values that still make sense. */
export function parseSettings(raw: string | null): Settings {
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    const data = JSON.parse(raw) as Partial<Record<keyof Settings, unknown>>;
    return {
      locale: isLocale(data.locale) ? data.locale : null,
      textSize: TEXT_SIZES.includes(data.textSize as TextSize)
        ? (data.textSize as TextSize)
        : DEFAULT_SETTINGS.textSize,
      highContrast: data.highContrast === true,
      readAloud: data.readAloud === true,
      startInLive: typeof data.startInLive === 'boolean' ? data.startInLive : null,
      reminderLeadMinutes: REMINDER_LEADS.includes(data.reminderLeadMinutes as ReminderLead)
        ? (data.reminderLeadMinutes as ReminderLead)
        : DEFAULT_SETTINGS.reminderLeadMinutes,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export class SettingsStore extends EventTarget {
  private _value: Settings;

  constructor(private readonly _storage: Storage | null = safeLocalStorage()) {
    super();
    this._value = parseSettings(this._storage?.getItem(STORAGE_KEY) ?? null);
  }

  get value(): Settings {
    return this._value;
  }

  update(change: Partial<Settings>): void {
    this._value = { ...this._value, ...change };
    try {
      this._storage?.setItem(STORAGE_KEY, JSON.stringify(this._value));
    } catch (error) {
      // A full or disabled storage must not stop the change taking effect now.
      console.warn('[hearth:settings] could not save settings', error);
    }
    this.dispatchEvent(new Event('change'));
  }
}

/** The font scale for each text-size step. */
export const FONT_SCALE: Record<TextSize, number> = { standard: 1, large: 1.2, largest: 1.4 };
