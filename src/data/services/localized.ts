/**
 * The portal's two languages and how a catalogue text is picked for one of
 * them. Operators are asked for both, but gateways publish Chinese alone, often
 * as a plain string: fall back to the other language, then to the plain text,
 * rather than show nothing.
 */
export type Locale = 'zh-CN' | 'en';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** What a catalogue may give where a text is expected. */
export type TextInput = string | Partial<LocalizedText>;

/** The text in `locale`, else in the other language, else `fallback`; a plain string in either. */
export function pickText(
  text: TextInput | undefined | null,
  locale: Locale,
  fallback = '',
): string {
  if (typeof text === 'string') return text === '' ? fallback : text;
  if (!text || typeof text !== 'object') return fallback;
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const chosen = text[locale];
  if (typeof chosen === 'string' && chosen !== '') return chosen;
  const second = text[other];
  return typeof second === 'string' && second !== '' ? second : fallback;
}

/** Both languages, each falling back to the other: a gateway's plain Chinese shows in English too. */
export function bothLanguages(text: TextInput | undefined | null, fallback = ''): LocalizedText {
  return { 'zh-CN': pickText(text, 'zh-CN', fallback), en: pickText(text, 'en', fallback) };
}
