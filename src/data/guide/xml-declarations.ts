/**
 * `<!DOCTYPE …>` and the other `<!` declarations an XMLTV guide may contain.
 * A guide comes from outside the home: an internal DTD subset
 * (`<!DOCTYPE tv [ … ]>`) and any `<!ENTITY`/`<!ELEMENT`/`<!ATTLIST`/`<!NOTATION`
 * declaration are refused with a GuideRefusedError, so nothing is declared,
 * expanded or fetched. A plain `<!DOCTYPE tv SYSTEM "xmltv.dtd">` before the
 * root is accepted and skipped.
 *
 * Its own file: met at most once per guide, and the whole of the reader's
 * refusal of DTDs is here to read in one place. Comments and CDATA sections,
 * which can be anywhere, stay in the scanner (xmltv-scanner.ts).
 */
import { GuideParseError, GuideRefusedError } from './xmltv-contract.js';

const GT = 62; // >
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;

/**
 * The declaration at `lt` (`<!` but not a comment or CDATA): the index after a
 * DOCTYPE without an internal subset, or -1 when it is not complete in `text`
 * yet. Anything else throws. `insideRoot`: the `<tv>` element is open.
 */
export function declarationEnd(
  text: string,
  lt: number,
  length: number,
  insideRoot: boolean,
): number {
  const keyword = text.slice(lt + 2, lt + 9).toUpperCase();
  if (keyword === 'DOCTYPE') return doctypeEnd(text, lt, length, insideRoot);
  if (/^(ENTITY|ELEMENT|ATTLIST|NOTATION)/.test(keyword)) {
    throw new GuideRefusedError(`refused: the guide declares <!${keyword.replace(/\W.*$/, '')}`);
  }
  throw new GuideParseError('malformed XMLTV: unknown markup "<!"');
}

/** `<!DOCTYPE …>`: an internal subset is refused; returns the index after it, or -1. */
function doctypeEnd(text: string, lt: number, length: number, insideRoot: boolean): number {
  if (insideRoot) {
    throw new GuideRefusedError('refused: a DOCTYPE inside the guide');
  }
  let quote = 0;
  for (let i = lt + 9; i < length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === DQUOTE || c === SQUOTE) {
      quote = c;
    } else if (c === LBRACKET) {
      throw new GuideRefusedError(
        'refused: the guide declares an internal DTD subset (<!DOCTYPE … [ … ]>); entity and DTD declarations are never processed',
      );
    } else if (c === GT) {
      return i + 1;
    }
  }
  return -1;
}
