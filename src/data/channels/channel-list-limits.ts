/**
 * How much of a channel list a TV reads at most. The list comes from outside
 * the home and is read whole (as text, then as channel objects, then copied
 * between the worker and the page), so a runaway list — a misconfigured
 * server, a concatenation gone wrong — must stop before it fills a TV's
 * memory. Past a cap the first channels are kept and the household is told
 * that only part of the list is shown.
 *
 * Real operator lists hold a few hundred channels, the largest the project
 * knows 1,500 (the live TV budget in DESIGN.md); an entry with its catch-up
 * template, logo and headers takes 300–800 bytes.
 */

/**
 * Bytes of list read: 5,000 entries of 800 bytes each, with room to spare
 * (DRM `#KODIPROP` lines make some entries longer).
 */
export const PLAYLIST_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Channels kept: more than three times the largest real list. Beyond it no
 * household zaps through the list, and each channel costs memory on the page
 * and rows in the channel list and the guide.
 */
export const PLAYLIST_MAX_CHANNELS = 5_000;

/**
 * Backup addresses kept for one channel (DIYP lists: `url#url2`, repeated
 * lines): real lists give two to ten. More are ignored, so one name repeated
 * on every line of a list stays one channel of a few addresses.
 */
export const MAX_ALTERNATES = 32;

/** Which cap a list reached, and its value (bytes or channels). */
export interface ChannelListCapped {
  limit: 'bytes' | 'channels';
  max: number;
}
