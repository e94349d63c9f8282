/**
 * Chooses which <info> block of an alert to show. Chinese senders often send
 * one block in Chinese and one in English; the household sees its own language
 * when there is one, otherwise the first block (better a warning in another
 * language than none).
 */
import type { CapAlert, CapInfo } from './cap-types.js';

export type HouseholdLocale = 'zh-CN' | 'en';

/**
 * How well a CAP language tag (RFC 3066; absent means en-US) suits the locale:
 * 2 = the household's own written form, 1 = same language, 0 = no match.
 */
export function languageScore(language: string, locale: HouseholdLocale): number {
  const tag = (language.trim() || 'en-US').toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0];
  if (locale === 'en') return primary === 'en' ? 1 : 0;
  if (primary !== 'zh') return 0;
  // Traditional script (Taiwan, Hong Kong, Macao) is readable but not what zh-CN households use.
  return /-(hant|tw|hk|mo)\b/.test(tag) ? 1 : 2;
}

export function pickInfo(alert: CapAlert, locale: HouseholdLocale): CapInfo | null {
  let best: CapInfo | null = null;
  let bestScore = 0;
  for (const info of alert.infos) {
    const score = languageScore(info.language, locale);
    if (score > bestScore) {
      best = info;
      bestScore = score;
    }
  }
  return best ?? alert.infos[0] ?? null;
}
