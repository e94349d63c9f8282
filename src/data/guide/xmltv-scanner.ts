/**
 * An incremental XMLTV reader, written for this one format rather than built
 * on a general XML library. Why: the guide budget (DESIGN.md) is 1,500 channels
 * and 200,000 programmes (38 MB) parsed at least twice as fast as
 * `@iptv/xmltv` (3.3 s here) in a third of its memory (462 MB). A bare `sax`
 * pass that only counts programmes already takes 2.9 s, because a generic SAX
 * parser walks every character, builds an attribute object and a text string
 * for every node (credits, ratings, episode numbers…) and fires a callback for
 * each. This reader jumps between markup with `indexOf`, reads attribute values
 * in place, makes strings only for the fields the portal shows, and skips
 * every other element — nested ones included — without looking at its text.
 *
 * Input arrives as string chunks (a decoded fetch body) that may split
 * anywhere: inside a tag, an entity, a comment or a CDATA section. Whatever
 * cannot be finished yet is carried into the next chunk, so memory holds one
 * chunk and one programme, never the document.
 *
 * Security: a guide comes from outside the home. An internal DTD subset
 * (`<!DOCTYPE tv [ … ]>`), any `<!ENTITY`/`<!ELEMENT`/`<!ATTLIST` declaration,
 * and, in the text and attributes read, any entity reference other than
 * XML's five predefined ones and numeric character references are refused
 * with a GuideRefusedError (skipped elements are never decoded): nothing is
 * declared, expanded or fetched (no XXE, no billion laughs). A plain
 * `<!DOCTYPE tv SYSTEM "xmltv.dtd">` is accepted and ignored. A bare `&` that
 * does not form a reference (`Tom & Jerry`, common in real guides) is kept as
 * text.
 *
 * Leniency: elements the portal does not use are skipped without checking
 * their structure; only the boundaries of `<channel>`, `<programme>` and their
 * read children are verified. Malformed or truncated input throws a
 * GuideParseError saying what is wrong; what was already handed to the sink
 * stays there. Several `<tv>` roots one after another (guides joined with
 * `cat`) are read as one guide.
 *
 * Reported times: `start`/`stop` are epoch milliseconds, or NaN when the
 * attribute is absent or not an XMLTV time — the normaliser decides what that
 * means (programme-normaliser.ts).
 */
import type { GuideChannel, LocalisedText, Programme } from './guide-types.js';
import { parseXmltvTimeIn } from './xmltv-time.js';

/** The guide was refused for safety (DTD subset, entity declaration, undefined entity). */
export class GuideRefusedError extends Error {
  override name = 'GuideRefusedError';
}

/** The guide is not well-formed XMLTV (truncated, not XML, not a `<tv>` document). */
export class GuideParseError extends Error {
  override name = 'GuideParseError';
}

/**
 * Receives each record as it closes. A programme's optional fields are always
 * present as keys (undefined when absent), so every programme has one shape.
 */
export interface XmltvSink {
  channel(channel: GuideChannel): void;
  programme(programme: Programme): void;
}

export interface XmltvParser {
  /** Feeds the next piece of text; throws GuideRefusedError / GuideParseError. */
  write(chunk: string): void;
  /** Ends the document; throws if it is truncated or was never XMLTV. */
  end(): void;
}

/**
 * Longest run (tag, comment, text of one read element) carried between chunks.
 * Nothing in a real guide comes near it; a body with no markup at all would
 * otherwise be held whole.
 */
const MAX_PENDING = 4 * 1024 * 1024;

/**
 * Names kept for one channel and categories for one programme: real guides
 * give a few of each (a name per language, an alias or two; a genre and a
 * sub-genre). More are ignored, so one record repeating them a million times
 * stays one small record.
 */
export const MAX_NAMES_PER_CHANNEL = 32;
export const MAX_CATEGORIES_PER_PROGRAMME = 16;

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** True when `text` holds exactly `name` from `from` to `to` (a loop: faster than startsWith here). */
function nameIs(text: string, from: number, to: number, name: string): boolean {
  const length = name.length;
  if (to - from !== length) return false;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(from + i) !== name.charCodeAt(i)) return false;
  }
  return true;
}

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

// What is open: plain numbers rather than enums, so both bundlers inline them.
const NO_RECORD = 0;
const CHANNEL = 1;
const PROGRAMME = 2;

const NO_FIELD = 0;
const DISPLAY_NAME = 1;
const TITLE = 2;
const SUB_TITLE = 3;
const DESC = 4;
const CATEGORY = 5;

const FIELD_NAMES = ['', 'display-name', 'title', 'sub-title', 'desc', 'category'];

/** Creates a reader that hands each `<channel>` and `<programme>` to `sink` as soon as it closes. */
export function createXmltvParser(sink: XmltvSink): XmltvParser {
  let buffer = '';
  let failure: Error | undefined;
  let ended = false;
  let atStart = true;

  /** Open elements (0 outside the root). */
  let depth = 0;
  let rootSeen = false;

  let record = NO_RECORD;
  /** Level of the open record's element (its depth before it opened). */
  let recordLevel = -1;
  let field = NO_FIELD;
  let fieldLevel = -1;
  let fieldText = '';
  let fieldLang: string | undefined;

  // The open <channel>
  let channelId = '';
  let channelNames: LocalisedText[] = [];
  let channelIcon: string | undefined;

  // The open <programme>
  let programmeChannel = '';
  let programmeStart = NaN;
  let programmeStop = NaN;
  let programmeCatchup: string | undefined;
  let programmeTitle: string | undefined;
  let programmeSubTitle: string | undefined;
  let programmeDesc: string | undefined;
  let programmeCategories: string[] | undefined;

  function fail(error: Error): never {
    failure = error;
    throw error;
  }

  function closeField(): void {
    const text = fieldText.trim();
    fieldText = '';
    switch (field) {
      case DISPLAY_NAME:
        if (text !== '' && channelNames.length < MAX_NAMES_PER_CHANNEL) {
          channelNames.push(fieldLang === undefined ? { text } : { text, lang: fieldLang });
        }
        break;
      case TITLE:
        if (programmeTitle === undefined && text !== '') programmeTitle = text;
        break;
      case SUB_TITLE:
        if (programmeSubTitle === undefined && text !== '') programmeSubTitle = text;
        break;
      case DESC:
        if (programmeDesc === undefined && text !== '') programmeDesc = text;
        break;
      case CATEGORY:
        if (text !== '' && (programmeCategories?.length ?? 0) < MAX_CATEGORIES_PER_PROGRAMME) {
          (programmeCategories ??= []).push(text);
        }
        break;
    }
    field = NO_FIELD;
    fieldLevel = -1;
    fieldLang = undefined;
  }

  function closeRecord(): void {
    if (record === CHANNEL) {
      const channel: GuideChannel = { id: channelId, names: channelNames };
      if (channelIcon !== undefined) channel.icon = channelIcon;
      channelNames = [];
      channelIcon = undefined;
      record = NO_RECORD;
      if (channel.id !== '') sink.channel(channel);
      return;
    }
    const programme: Programme = {
      channelId: programmeChannel,
      start: programmeStart,
      stop: programmeStop,
      title: programmeTitle ?? '',
      subTitle: programmeSubTitle,
      description: programmeDesc,
      categories: programmeCategories,
      catchupId: programmeCatchup,
    };
    programmeTitle = programmeSubTitle = programmeDesc = programmeCatchup = undefined;
    programmeCategories = undefined;
    record = NO_RECORD;
    sink.programme(programme);
  }

  /** Checks that the end tag at `from` names `expected`. */
  function expectEndName(text: string, from: number, gt: number, expected: string): void {
    let to = gt;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (!nameIs(text, from, to, expected)) {
      fail(
        new GuideParseError(
          `malformed XMLTV: </${text.slice(from, to)}> where </${expected}> was expected`,
        ),
      );
    }
  }

  function endTag(text: string, nameFrom: number, gt: number): void {
    depth--;
    if (depth < 0) fail(new GuideParseError('malformed XMLTV: a closing tag with no open element'));
    if (field !== NO_FIELD && depth === fieldLevel) {
      expectEndName(text, nameFrom, gt, FIELD_NAMES[field] ?? '');
      closeField();
    } else if (record !== NO_RECORD && depth === recordLevel) {
      expectEndName(text, nameFrom, gt, record === CHANNEL ? 'channel' : 'programme');
      closeRecord();
    }
  }

  /**
   * Reads the start tag at `lt`. Returns the index after it, or -1 when the
   * tag is not complete in this chunk (nothing has been changed then).
   */
  function startTag(text: string, lt: number, length: number): number {
    let i = lt + 1;
    const nameFrom = i;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === GT || c === SLASH || isSpace(c)) break;
      i++;
    }
    if (i >= length) return -1;
    const nameTo = i;
    if (nameTo === nameFrom)
      fail(new GuideParseError('malformed XMLTV: "<" not followed by a name'));

    // What this element is to us, decided before its attributes are read.
    const level = depth;
    let opens = NO_RECORD;
    let opensField = NO_FIELD;
    let isIcon = false;
    if (level === 0) {
      if (!nameIs(text, nameFrom, nameTo, 'tv')) {
        fail(
          new GuideParseError(
            `not an XMLTV guide: the document element is <${text.slice(nameFrom, nameTo)}>, not <tv>`,
          ),
        );
      }
    } else if (record === NO_RECORD) {
      if (level === 1) {
        if (nameIs(text, nameFrom, nameTo, 'programme')) opens = PROGRAMME;
        else if (nameIs(text, nameFrom, nameTo, 'channel')) opens = CHANNEL;
      }
    } else if (level === recordLevel + 1 && field === NO_FIELD) {
      if (record === PROGRAMME) {
        if (nameIs(text, nameFrom, nameTo, 'title')) opensField = TITLE;
        else if (nameIs(text, nameFrom, nameTo, 'desc')) opensField = DESC;
        else if (nameIs(text, nameFrom, nameTo, 'category')) opensField = CATEGORY;
        else if (nameIs(text, nameFrom, nameTo, 'sub-title')) opensField = SUB_TITLE;
      } else if (nameIs(text, nameFrom, nameTo, 'display-name')) {
        opensField = DISPLAY_NAME;
      } else if (nameIs(text, nameFrom, nameTo, 'icon')) {
        isIcon = channelIcon === undefined;
      }
    }
    const wantsAttributes = opens !== NO_RECORD || opensField !== NO_FIELD || isIcon;

    // Attribute value bounds, kept until the tag is known to be complete.
    let startFrom = -1;
    let startTo = -1;
    let stopFrom = -1;
    let stopTo = -1;
    let idFrom = -1;
    let idTo = -1;
    let extraFrom = -1; // catchup-id, lang or src
    let extraTo = -1;
    let selfClosing = false;
    for (;;) {
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= length) return -1;
        if (text.charCodeAt(i + 1) !== GT)
          fail(new GuideParseError('malformed XMLTV: "/" inside a tag'));
        selfClosing = true;
        i += 2;
        break;
      }
      const attrFrom = i;
      while (i < length) {
        const a = text.charCodeAt(i);
        if (a === EQUALS || a === GT || a === SLASH || isSpace(a)) break;
        i++;
      }
      const attrTo = i;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (text.charCodeAt(i) !== EQUALS || attrTo === attrFrom) {
        fail(new GuideParseError('malformed XMLTV: an attribute without a value'));
      }
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = text.charCodeAt(i);
      if (quote !== DQUOTE && quote !== SQUOTE) {
        fail(new GuideParseError('malformed XMLTV: an attribute value without quotes'));
      }
      const valueTo = text.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
      if (valueTo < 0) return -1;
      if (wantsAttributes) {
        const valueFrom = i + 1;
        if (opens === PROGRAMME) {
          if (nameIs(text, attrFrom, attrTo, 'start')) {
            startFrom = valueFrom;
            startTo = valueTo;
          } else if (nameIs(text, attrFrom, attrTo, 'stop')) {
            stopFrom = valueFrom;
            stopTo = valueTo;
          } else if (nameIs(text, attrFrom, attrTo, 'channel')) {
            idFrom = valueFrom;
            idTo = valueTo;
          } else if (nameIs(text, attrFrom, attrTo, 'catchup-id')) {
            extraFrom = valueFrom;
            extraTo = valueTo;
          }
        } else if (opens === CHANNEL) {
          if (nameIs(text, attrFrom, attrTo, 'id')) {
            idFrom = valueFrom;
            idTo = valueTo;
          }
        } else if (isIcon) {
          if (nameIs(text, attrFrom, attrTo, 'src')) {
            extraFrom = valueFrom;
            extraTo = valueTo;
          }
        } else if (nameIs(text, attrFrom, attrTo, 'lang')) {
          extraFrom = valueFrom;
          extraTo = valueTo;
        }
      }
      i = valueTo + 1;
    }

    // The tag is complete: apply it.
    if (level === 0) rootSeen = true;
    if (opens === PROGRAMME) {
      record = PROGRAMME;
      recordLevel = level;
      programmeChannel = idFrom < 0 ? '' : decodeXmlText(text.slice(idFrom, idTo)).trim();
      programmeStart = startFrom < 0 ? NaN : (parseXmltvTimeIn(text, startFrom, startTo) ?? NaN);
      programmeStop = stopFrom < 0 ? NaN : (parseXmltvTimeIn(text, stopFrom, stopTo) ?? NaN);
      if (extraFrom >= 0) programmeCatchup = decodeXmlText(text.slice(extraFrom, extraTo));
    } else if (opens === CHANNEL) {
      record = CHANNEL;
      recordLevel = level;
      channelId = idFrom < 0 ? '' : decodeXmlText(text.slice(idFrom, idTo)).trim();
    } else if (opensField !== NO_FIELD) {
      field = opensField;
      fieldLevel = level;
      fieldText = '';
      fieldLang = extraFrom < 0 ? undefined : decodeXmlText(text.slice(extraFrom, extraTo));
    } else if (isIcon && extraFrom >= 0) {
      channelIcon = decodeXmlText(text.slice(extraFrom, extraTo)).trim();
    }
    if (selfClosing) {
      if (field !== NO_FIELD && level === fieldLevel) closeField();
      else if (record !== NO_RECORD && level === recordLevel) closeRecord();
    } else {
      depth++;
    }
    return i;
  }

  /** `<!DOCTYPE …>`: an internal subset is refused; returns the index after it, or -1. */
  function doctype(text: string, lt: number, length: number): number {
    if (depth > 0) {
      fail(new GuideRefusedError('refused: a DOCTYPE inside the guide'));
    }
    let quote = 0;
    for (let i = lt + 9; i < length; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === DQUOTE || c === SQUOTE) {
        quote = c;
      } else if (c === LBRACKET) {
        fail(
          new GuideRefusedError(
            'refused: the guide declares an internal DTD subset (<!DOCTYPE … [ … ]>); entity and DTD declarations are never processed',
          ),
        );
      } else if (c === GT) {
        return i + 1;
      }
    }
    return -1;
  }

  /** `<!…`: comment, CDATA, DOCTYPE; declarations refused. Returns the index after it, or -1. */
  function markup(text: string, lt: number, length: number, final: boolean): number {
    if (length - lt < 9 && !final) return -1; // too short to tell which it is yet
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      return close < 0 ? -1 : close + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) return -1;
      if (field !== NO_FIELD) fieldText += text.slice(lt + 9, close);
      return close + 3;
    }
    const keyword = text.slice(lt + 2, lt + 9).toUpperCase();
    if (keyword === 'DOCTYPE') return doctype(text, lt, length);
    if (/^(ENTITY|ELEMENT|ATTLIST|NOTATION)/.test(keyword)) {
      fail(new GuideRefusedError(`refused: the guide declares <!${keyword.replace(/\W.*$/, '')}`));
    }
    return fail(new GuideParseError('malformed XMLTV: unknown markup "<!"'));
  }

  function scan(final: boolean): void {
    const text = buffer;
    const length = text.length;
    let pos = 0;
    if (atStart && length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) pos = 1;
    }
    while (pos < length) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        // Text with no markup after it yet: keep it only if it is being read.
        if (field === NO_FIELD) pos = length;
        break;
      }
      if (field !== NO_FIELD && lt > pos) fieldText += decodeXmlText(text.slice(pos, lt));
      pos = lt;
      if (lt + 1 >= length) break;
      const c = text.charCodeAt(lt + 1);
      let next: number;
      if (c === SLASH) {
        const gt = text.indexOf('>', lt + 2);
        if (gt < 0) break;
        endTag(text, lt + 2, gt);
        next = gt + 1;
      } else if (c === BANG) {
        next = markup(text, lt, length, final);
      } else if (c === QUESTION) {
        const close = text.indexOf('?>', lt + 2);
        next = close < 0 ? -1 : close + 2;
      } else {
        next = startTag(text, lt, length);
      }
      if (next < 0) break;
      pos = next;
    }
    buffer = pos >= length ? '' : text.slice(pos);
    if (buffer.length > MAX_PENDING) {
      fail(
        new GuideParseError(
          `not an XMLTV guide: more than ${MAX_PENDING} characters without a complete tag`,
        ),
      );
    }
  }

  function run(final: boolean): void {
    try {
      scan(final);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
  }

  return {
    write(chunk: string): void {
      if (failure) throw failure;
      if (ended) throw new Error('XMLTV parser: write() after end()');
      if (chunk === '') return;
      buffer = buffer === '' ? chunk : buffer + chunk;
      run(false);
    },
    end(): void {
      if (failure) throw failure;
      if (ended) return;
      ended = true;
      run(true);
      const pending = buffer.trim() !== '';
      if (!rootSeen && !pending) fail(new GuideParseError('not an XMLTV guide: no <tv> element'));
      if (pending || depth > 0) {
        fail(new GuideParseError('the guide ends before </tv> (truncated download?)'));
      }
    },
  };
}
