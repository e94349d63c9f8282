/**
 * The hot part of the XMLTV reader (xmltv-scanner.ts says why it is written
 * this way): the loop over markup, start and end tags and their attributes,
 * and the channel or programme being filled, handed to the sink as it closes.
 * It reads whatever complete markup one piece of text holds and says where it
 * had to stop; carrying the rest to the next chunk is the caller's.
 *
 * Its own file so that this stays one closure the engine optimises as a whole,
 * with nothing cold in it: the DTD (xml-declarations.ts), entity decoding
 * (xml-entities.ts), times (xmltv-time.ts) and the chunk carrying are beside it.
 *
 * What it accepts and refuses, and what it reports, are in xmltv-scanner.ts.
 */
import type { GuideChannel, LocalisedText, Programme, ProgrammeRating } from './guide-types.js';
import { declarationEnd } from './xml-declarations.js';
import { decodeXmlText } from './xml-entities.js';
import {
  GuideParseError,
  MAX_CATEGORIES_PER_PROGRAMME,
  MAX_NAMES_PER_CHANNEL,
  type XmltvSink,
} from './xmltv-contract.js';
import { parseXmltvTimeIn } from './xmltv-time.js';

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;

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
/** A `<rating>`'s `<value>`, one level further down than the other fields. */
const RATING_VALUE = 6;

const FIELD_NAMES = ['', 'display-name', 'title', 'sub-title', 'desc', 'category', 'value'];

/** Reads markup out of text as it comes; XmltvParser (xmltv-scanner.ts) feeds it. */
export interface RecordReader {
  /**
   * Reads `text` from `from`; returns where the first thing it could not finish
   * yet begins (a split tag, the text of a field being read), or `text.length`.
   * `final`: no more text follows. Throws GuideRefusedError / GuideParseError.
   */
  read(text: string, from: number, final: boolean): number;
  /** Whether a `<tv>` element has been opened. */
  sawRoot(): boolean;
  /** Whether an element is still open. */
  hasOpenElement(): boolean;
}

/** Creates a reader that hands each `<channel>` and `<programme>` to `sink` as soon as it closes. */
export function createRecordReader(sink: XmltvSink): RecordReader {
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
  let programmeRating: ProgrammeRating | undefined;
  /** The open `<rating>` of the programme: its level, or -1; and its `system`. */
  let ratingLevel = -1;
  let ratingSystem: string | undefined;

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
      case RATING_VALUE:
        if (programmeRating === undefined && text !== '') {
          programmeRating =
            ratingSystem === undefined ? { value: text } : { value: text, system: ratingSystem };
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
    if (programmeRating !== undefined) programme.rating = programmeRating;
    programmeTitle = programmeSubTitle = programmeDesc = programmeCatchup = undefined;
    programmeCategories = undefined;
    programmeRating = undefined;
    ratingLevel = -1;
    record = NO_RECORD;
    sink.programme(programme);
  }

  /** Checks that the end tag at `from` names `expected`. */
  function expectEndName(text: string, from: number, gt: number, expected: string): void {
    let to = gt;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (!nameIs(text, from, to, expected)) {
      throw new GuideParseError(
        `malformed XMLTV: </${text.slice(from, to)}> where </${expected}> was expected`,
      );
    }
  }

  function endTag(text: string, nameFrom: number, gt: number): void {
    depth--;
    if (depth < 0) throw new GuideParseError('malformed XMLTV: a closing tag with no open element');
    if (field !== NO_FIELD && depth === fieldLevel) {
      expectEndName(text, nameFrom, gt, FIELD_NAMES[field] ?? '');
      closeField();
    } else if (depth === ratingLevel) {
      ratingLevel = -1;
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
      throw new GuideParseError('malformed XMLTV: "<" not followed by a name');

    // What this element is to us, decided before its attributes are read.
    const level = depth;
    let opens = NO_RECORD;
    let opensField = NO_FIELD;
    let isIcon = false;
    let opensRating = false;
    if (level === 0) {
      if (!nameIs(text, nameFrom, nameTo, 'tv')) {
        throw new GuideParseError(
          `not an XMLTV guide: the document element is <${text.slice(nameFrom, nameTo)}>, not <tv>`,
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
        else if (programmeRating === undefined && nameIs(text, nameFrom, nameTo, 'rating')) {
          opensRating = true;
        }
      } else if (nameIs(text, nameFrom, nameTo, 'display-name')) {
        opensField = DISPLAY_NAME;
      } else if (nameIs(text, nameFrom, nameTo, 'icon')) {
        isIcon = channelIcon === undefined;
      }
    } else if (
      level === ratingLevel + 1 &&
      field === NO_FIELD &&
      nameIs(text, nameFrom, nameTo, 'value')
    ) {
      opensField = RATING_VALUE;
    }
    const wantsAttributes = opens !== NO_RECORD || opensField !== NO_FIELD || isIcon || opensRating;

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
          throw new GuideParseError('malformed XMLTV: "/" inside a tag');
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
        throw new GuideParseError('malformed XMLTV: an attribute without a value');
      }
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = text.charCodeAt(i);
      if (quote !== DQUOTE && quote !== SQUOTE) {
        throw new GuideParseError('malformed XMLTV: an attribute value without quotes');
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
        } else if (opensRating) {
          if (nameIs(text, attrFrom, attrTo, 'system')) {
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
    } else if (opensRating && !selfClosing) {
      ratingLevel = level;
      const system = extraFrom < 0 ? '' : decodeXmlText(text.slice(extraFrom, extraTo)).trim();
      ratingSystem = system === '' ? undefined : system;
    }
    if (selfClosing) {
      if (field !== NO_FIELD && level === fieldLevel) closeField();
      else if (record !== NO_RECORD && level === recordLevel) closeRecord();
    } else {
      depth++;
    }
    return i;
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
    // DOCTYPE or a declaration: skipped or refused, once per guide at most.
    return declarationEnd(text, lt, length, depth > 0);
  }

  function read(text: string, from: number, final: boolean): number {
    const length = text.length;
    let pos = from;
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
    return pos;
  }

  return { read, sawRoot: () => rootSeen, hasOpenElement: () => depth > 0 };
}
