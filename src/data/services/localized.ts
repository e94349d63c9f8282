/**
 * The portal's two languages and how a catalogue text is picked for one of
 * them. Operators are asked for both (the contract requires them), but a form
 * the portal has never seen may carry only one: fall back to the other rather
 * than show nothing.
 */
export type Locale = 'zh-CN' | 'en';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** The text in `locale`, else in the other language, else `fallback`. */
export function pickText(
  text: Partial<LocalizedText> | undefined | null,
  locale: Locale,
  fallback = '',
): string {
  if (!text || typeof text !== 'object') return fallback;
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const chosen = text[locale];
  if (typeof chosen === 'string' && chosen !== '') return chosen;
  const second = text[other];
  return typeof second === 'string' && second !== '' ? second : fallback;
}
