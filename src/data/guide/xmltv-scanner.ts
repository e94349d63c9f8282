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
 * Security: a guide comes from outside the home. Its DTD and declarations are
 * refused (xml-declarations.ts), and so is any entity reference other than
 * XML's predefined ones and character references, in the text and attributes
 * read (xml-entities.ts; skipped elements are never decoded): nothing is
 * declared, expanded or fetched (no XXE, no billion laughs). A plain
 * `<!DOCTYPE tv SYSTEM "xmltv.dtd">` is accepted and ignored.
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
 *
 * This file is the reader's public face: the chunks and the parser's
 * lifecycle (a failure is final; end() checks the guide was whole). The
 * reading itself is xmltv-record-reader.ts, what it promises its callers
 * xmltv-contract.ts.
 */
import { GuideParseError, type XmltvParser, type XmltvSink } from './xmltv-contract.js';
import { createRecordReader } from './xmltv-record-reader.js';

// Where the guide's store, service and tests have always found them.
export {
  GuideParseError,
  GuideRefusedError,
  MAX_CATEGORIES_PER_PROGRAMME,
  MAX_NAMES_PER_CHANNEL,
  type XmltvParser,
  type XmltvSink,
} from './xmltv-contract.js';
export { decodeXmlText } from './xml-entities.js';

/**
 * Longest run (tag, comment, text of one read element) carried between chunks.
 * Nothing in a real guide comes near it; a body with no markup at all would
 * otherwise be held whole.
 */
const MAX_PENDING = 4 * 1024 * 1024;

/** Creates a reader that hands each `<channel>` and `<programme>` to `sink` as soon as it closes. */
export function createXmltvParser(sink: XmltvSink): XmltvParser {
  const reader = createRecordReader(sink);
  let buffer = '';
  let failure: Error | undefined;
  let ended = false;
  let atStart = true;

  function fail(error: Error): never {
    failure = error;
    throw error;
  }

  /** Reads what `buffer` holds and keeps what could not be finished yet. */
  function scan(final: boolean): void {
    const text = buffer;
    let pos = 0;
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) pos = 1;
    }
    pos = reader.read(text, pos, final);
    buffer = pos >= text.length ? '' : text.slice(pos);
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
      if (!reader.sawRoot() && !pending) {
        fail(new GuideParseError('not an XMLTV guide: no <tv> element'));
      }
      if (pending || reader.hasOpenElement()) {
        fail(new GuideParseError('the guide ends before </tv> (truncated download?)'));
      }
    },
  };
}
