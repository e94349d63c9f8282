/**
 * Where the portal lands when the TV is switched on: live TV, on the last
 * channel, when the household asked for it in Settings (开机进入直播) or, until
 * it chooses, when the operator's config does (the 2023 rule that a TV starts
 * into live broadcast). Only a start without a deep link counts as switching
 * on: a reload or a link to a screen keeps that screen.
 */
import type { HearthConfig } from '../config/types.js';
import type { Settings } from '../data/settings/settings-store.js';

export const LIVE_TV_PATH = 'watch';

export function startsInLiveTv(config: HearthConfig, settings: Settings): boolean {
  return config.features.includes('watch') && (settings.startInLive ?? config.startInLiveTv);
}

/** The screen a start without a deep link opens over home, if any. */
export function startPath(config: HearthConfig, settings: Settings, hash: string): string | null {
  if (hash !== '' && hash !== '#') return null;
  return startsInLiveTv(config, settings) ? LIVE_TV_PATH : null;
}
