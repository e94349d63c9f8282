/**
 * Runtime localisation with @lit/localize. Source strings are written in
 * zh-CN (the default); English templates live in `src/i18n/en/*.ts` (the shell's)
 * and `src/features/<id>/english.ts` (each area's), one file
 * per area, merged in `locales/en.ts` and loaded on demand.
 */
import { configureLocalization } from '@lit/localize';

export const SOURCE_LOCALE = 'zh-CN';
export const TARGET_LOCALES = ['en'] as const;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];
export const ALL_LOCALES: readonly Locale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  loadLocale: () => import('./locales/en.js'),
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (ALL_LOCALES as readonly string[]).includes(value);
}
