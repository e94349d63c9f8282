/**
 * What the XMLTV reader (xmltv-scanner.ts) promises its callers: the sink it
 * hands each record to, its write/end interface, the two errors it throws and
 * how many names and categories it keeps per record. Its own file so the
 * reader's parts (xmltv-record-reader.ts, xml-entities.ts, xml-declarations.ts)
 * share the errors without importing the scanner that imports them;
 * xmltv-scanner.ts re-exports all of it for its callers.
 */
import type { GuideChannel, Programme } from './guide-types.js';

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
 * Names kept for one channel and categories for one programme: real guides
 * give a few of each (a name per language, an alias or two; a genre and a
 * sub-genre). More are ignored, so one record repeating them a million times
 * stays one small record.
 */
export const MAX_NAMES_PER_CHANNEL = 32;
export const MAX_CATEGORIES_PER_PROGRAMME = 16;
