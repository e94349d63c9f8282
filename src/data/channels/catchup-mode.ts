/**
 * The catch-up mode names lists use, mapped onto the modes the portal knows.
 * The spellings are pvr.iptvsimple's, which most providers write for.
 */
import type { CatchupMode } from './channel-types.js';

const MODES_BY_NAME: Record<string, CatchupMode> = {
  default: 'default',
  append: 'append',
  shift: 'shift',
  // The old SIPTV attribute: Kodi reads it as `shift`.
  timeshift: 'shift',
  flussonic: 'flussonic',
  'flussonic-hls': 'flussonic',
  'flussonic-ts': 'flussonic',
  fs: 'flussonic',
  xc: 'xc',
};

/** Undefined for modes the portal cannot build addresses for (`vod`, typos): no catch-up then. */
export function catchupModeNamed(name: string): CatchupMode | undefined {
  return MODES_BY_NAME[name.trim().toLowerCase()];
}
