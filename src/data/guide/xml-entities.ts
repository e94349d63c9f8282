/**
 * Entity and character references in the text and attribute values the XMLTV
 * reader keeps (xmltv-scanner.ts). Only XML's five predefined entities and
 * numeric character references are decoded; any other named entity is refused
 * with a GuideRefusedError, since a guide comes from outside the home and
 * nothing is ever declared or expanded (no XXE, no billion laughs). A bare `&`
 * that does not form a reference (`Tom & Jerry`, common in real guides) is kept
 * as text.
 *
 * Its own file because it is called once per run of text, never per character,
 * and is the same for every element: the scanner's hot loops do not need it inline.
 */
import { GuideRefusedError } from './xmltv-contract.js';

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

const ENTITY_NAME = /^[A-Za-z_:][\w.:-]*$/;

function characterReference(ref: string): string | undefined {
  const hex = ref.charCodeAt(1) === 120 || ref.charCodeAt(1) === 88; // x / X
  const digits = ref.slice(hex ? 2 : 1);
  if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  // Not a character (NUL, surrogates, beyond Unicode): shown as U+FFFD rather than failing.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\ufffd';
  return String.fromCodePoint(code);
}

/**
 * Decodes references in one run of text or one attribute value. Undefined
 * named entities are refused; an `&` that is not a reference stays as written.
 */
export function decodeXmlText(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    const ref = semi > amp + 1 && semi - amp <= 40 ? raw.slice(amp + 1, semi) : '';
    let replacement: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      replacement = characterReference(ref);
    } else if (ref !== '') {
      replacement = PREDEFINED.get(ref);
      if (replacement === undefined && ENTITY_NAME.test(ref)) {
        throw new GuideRefusedError(
          `refused: the guide uses the undefined entity &${ref}; (only XML's predefined entities and character references are allowed)`,
        );
      }
    }
    if (replacement !== undefined) {
      out += raw.slice(from, amp) + replacement;
      from = semi + 1;
    }
    amp = raw.indexOf('&', replacement !== undefined ? semi + 1 : amp + 1);
  }
  return out + raw.slice(from);
}
