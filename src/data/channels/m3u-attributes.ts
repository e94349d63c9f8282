/**
 * The `key="value"` part of `#EXTINF` and `#EXTM3U` lines. Real lists quote
 * with `"`, with `'` or not at all, write `tvg-ID` as often as `tvg-id`, and
 * put commas inside quoted values (`tvg-name="The Good, the Bad"`), so the
 * channel name starts at the first comma outside quotes, not the first comma.
 */

export interface AttributeLine {
  /** Attribute names lower-cased; the first occurrence of a name wins. */
  attributes: Map<string, string>;
  /** Text after the first unquoted comma, trimmed; undefined when there is no such comma. */
  title: string | undefined;
}

export function readAttributeLine(text: string): AttributeLine {
  const attributes = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === ',') return { attributes, title: text.slice(i + 1).trim() };
    if (isSpace(char)) {
      i++;
      continue;
    }
    const nameEnd = scanUntil(text, i, (c) => isSpace(c) || c === '=' || c === ',');
    if (text[nameEnd] !== '=' || nameEnd === i) {
      // A bare word (the `-1` duration, a stray token) or a lone `=`: step over it.
      i = Math.max(nameEnd, i + 1);
      continue;
    }
    const value = readValue(text, nameEnd + 1);
    const name = text.slice(i, nameEnd).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, value.text.trim());
    i = value.end;
  }
  return { attributes, title: undefined };
}

function readValue(text: string, start: number): { text: string; end: number } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    if (close >= 0) return { text: text.slice(start + 1, close), end: close + 1 };
    // An unclosed quote would swallow the name; read the value as if unquoted instead.
    start++;
  }
  const end = scanUntil(text, start, (c) => isSpace(c) || c === ',');
  return { text: text.slice(start, end), end };
}

function scanUntil(text: string, from: number, stop: (char: string) => boolean): number {
  let i = from;
  while (i < text.length && !stop(text[i] ?? '')) i++;
  return i;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}
