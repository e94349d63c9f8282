/**
 * 搜索节目 for the watch screen: the household's query goes to the guide worker
 * (data/guide/programme-search.ts) for the guide channels the playlist has,
 * over the grid's days; each programme found comes back with the playlist
 * channel it is on and its words for the list and the speech bridge. A locked
 * channel's programmes are not searched, nor are programmes locked by their
 * rating shown: nothing of them is told.
 */
import type { ProgrammeSearchRequest } from '../../data/guide/programme-search.js';
import type { Programme } from '../../data/guide/guide-types.js';
import type { GuideModel } from './guide-model.js';
import { DAY_MS } from './watch-time.js';

export interface FoundProgramme {
  /** The playlist channel it is on. */
  index: number;
  programme: Programme;
  /** When and what ("明天 19:00 新闻联播"), and where ("13 演示新闻 · 可以回看"). */
  what: string;
  where: string;
}

export type GuideSearch = (request: ProgrammeSearchRequest) => Promise<Programme[]>;

export async function findProgrammes(
  query: string,
  view: GuideModel,
  search: GuideSearch,
  now: number,
): Promise<FoundProgramme[]> {
  const channels = view.searchable();
  if (channels.size === 0 || query.trim() === '') return [];
  const days = view.days();
  const from = days[0]?.start ?? now;
  const to = (days[days.length - 1]?.start ?? now) + DAY_MS;
  const programmes = await search({ query, channelIds: [...channels.keys()], from, to, now });
  return programmes.flatMap((programme) => {
    const index = channels.get(programme.channelId);
    // Found by a title the household's rating lock keeps off the screen: not told.
    if (index === undefined || view.ratedLocked(programme)) return [];
    return [{ index, programme, ...view.foundWords(index, programme) }];
  });
}
