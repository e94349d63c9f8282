/**
 * How much of a guide a TV reads at most. A guide comes from outside the home,
 * often gzipped: a few megabytes on the wire can inflate to gigabytes, and a
 * file of nothing but `<programme>` or `<channel>` elements would fill the
 * worker's memory (and the page's, which receives the channel list) long before
 * the download ends. Past a cap the worker stops reading and cancels the
 * download; what was read up to the cap is served and the household is told
 * that only part of the guide is shown.
 *
 * The sizes are set from the largest real guide the project has measured, a
 * Chinese operator's: 38 MB of XMLTV, 1,467 channels and 209,510 programmes
 * (see bench/operator-guide.mjs and the guide budget in DESIGN.md). Each cap
 * leaves it about twice its size or more.
 */

/**
 * Bytes read from the server, as they arrive (gzip or not). That guide gzips
 * to about 4 MB, and an uncompressed guide is at most as big as the XML cap
 * allows: beyond this the download itself is the problem.
 */
export const GUIDE_MAX_DOWNLOAD_BYTES = 96 * 1024 * 1024;

/**
 * Bytes of XML after gzip is undone: 2.5 times that guide's 38 MB. It bounds
 * the time spent scanning and the text the store can keep, and stops a gzip
 * bomb while it inflates.
 */
export const GUIDE_MAX_XML_BYTES = 96 * 1024 * 1024;

/**
 * Programmes kept: about twice that guide's 209,510. The store keeps 40 bytes
 * of columns per programme plus its strings: some 20 MB of columns at most
 * (they grow by doubling), on TV boxes with little memory.
 */
export const GUIDE_MAX_PROGRAMMES = 400_000;

/**
 * Channels kept: about seven times that guide's 1,467, and twice the most a
 * channel list may hold (PLAYLIST_MAX_CHANNELS): guides merged from several
 * sources declare more channels than an operator plays. The whole channel list
 * is sent to the page, so it must stay small.
 */
export const GUIDE_MAX_CHANNELS = 10_000;

/** Which cap a guide reached. */
export type GuideLimit = 'download' | 'xml' | 'programmes' | 'channels';

/** A guide cut at a cap: which one, and its value (bytes, programmes or channels). */
export interface GuideCapped {
  limit: GuideLimit;
  max: number;
}

export interface GuideLimits {
  downloadBytes: number;
  xmlBytes: number;
  programmes: number;
  channels: number;
}

export const GUIDE_LIMITS: GuideLimits = {
  downloadBytes: GUIDE_MAX_DOWNLOAD_BYTES,
  xmlBytes: GUIDE_MAX_XML_BYTES,
  programmes: GUIDE_MAX_PROGRAMMES,
  channels: GUIDE_MAX_CHANNELS,
};

/** The guide reached a cap on its bytes (the download, or the XML gzip inflated to). */
export class GuideTooLargeError extends Error {
  override name = 'GuideTooLargeError';

  constructor(
    readonly limit: 'download' | 'xml',
    readonly max: number,
  ) {
    super(
      limit === 'download'
        ? `the guide is larger than ${max} bytes; only its first ${max} bytes were read`
        : `the guide inflates to more than ${max} bytes of XML; only the first ${max} were read`,
    );
  }
}
