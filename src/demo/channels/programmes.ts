/**
 * Generates a demo channel's programmes, one Beijing day at a time: each day is
 * filled from 00:00 to 24:00 with programmes of 30–90 minutes that start on a half
 * hour, drawn from the channel's profile with a generator seeded by the channel
 * and the date. The same day therefore always comes out the same, whichever
 * request or process asks, and nothing has to be stored.
 */
import { hashString, pickOne, pickWeighted, seededRandom } from '../seeded-random';
import { DAY_MS, MINUTE_MS, beijingDayStart, formatBeijingDateKey } from '../time';
import type { DemoChannel } from './channel-list';
import { PROFILE_WEIGHTS } from './channel-profiles';
import { EVENING_NEWS, GENRES, type Genre } from './programme-genres';

export interface DemoProgramme {
  channelId: string;
  start: number;
  stop: number;
  title: string;
  description: string;
  genre: Genre;
  /** Episode number of a series (1-based), for sub-title and episode-num. */
  episode?: number;
  /** Night-time reruns are marked as previously shown. */
  rerun: boolean;
  /** Its rating (films only). */
  rating?: string;
}

const EVENING_NEWS_MINUTE = 19 * 60;
const RERUN_UNTIL_MINUTE = 6 * 60;
const DAY_MINUTES = 24 * 60;
const EPISODES_PER_SERIES = 40;

/** The programmes of `channel` on the Beijing day that holds `dayInstant`. */
export function programmesForDay(channel: DemoChannel, dayInstant: number): DemoProgramme[] {
  const dayStart = beijingDayStart(dayInstant);
  const random = seededRandom(hashString(`${channel.id}|${formatBeijingDateKey(dayStart)}`));
  const dayNumber = Math.round(dayStart / DAY_MS);
  const programmes: DemoProgramme[] = [];
  const at = (minute: number): number => dayStart + minute * MINUTE_MS;
  let minute = 0;
  let episodesToday = 0;

  while (minute < DAY_MINUTES) {
    if (channel.eveningNews && minute === EVENING_NEWS_MINUTE) {
      const base = { channelId: channel.id, rerun: false } as const;
      programmes.push(
        {
          ...base,
          start: at(minute),
          stop: at(minute + 30),
          title: EVENING_NEWS.title,
          description: EVENING_NEWS.description,
          genre: 'news',
        },
        {
          ...base,
          start: at(minute + 30),
          stop: at(minute + 60),
          title: EVENING_NEWS.weatherTitle,
          description: EVENING_NEWS.weatherDescription,
          genre: 'weather',
        },
      );
      minute += 60;
      continue;
    }
    const limit =
      channel.eveningNews && minute < EVENING_NEWS_MINUTE
        ? EVENING_NEWS_MINUTE - minute
        : DAY_MINUTES - minute;
    const genre = pickWeighted(random, PROFILE_WEIGHTS[channel.profile]);
    const spec = GENRES[genre];
    const fitting = spec.durations.filter((length) => length <= limit);
    // Every limit is a multiple of 30, so cutting a long genre short keeps the grid.
    const length = fitting.length > 0 ? pickOne(random, fitting) : limit;
    const title = pickOne(random, spec.titles);
    const programme: DemoProgramme = {
      channelId: channel.id,
      start: at(minute),
      stop: at(minute + length),
      title,
      description: pickOne(random, spec.descriptions),
      genre,
      rerun: minute < RERUN_UNTIL_MINUTE,
    };
    const rating = spec.ratings?.[title];
    if (rating) programme.rating = rating;
    if (spec.episodic) {
      // Episodes advance with the date, so tomorrow continues where today stopped.
      episodesToday += 1;
      programme.episode = ((dayNumber * 3 + episodesToday) % EPISODES_PER_SERIES) + 1;
    }
    programmes.push(programme);
    minute += length;
  }
  return programmes;
}

/** The programmes of `channel` that overlap [from, to), in order. */
export function programmesBetween(channel: DemoChannel, from: number, to: number): DemoProgramme[] {
  const result: DemoProgramme[] = [];
  for (let day = beijingDayStart(from); day < to; day += DAY_MS) {
    for (const programme of programmesForDay(channel, day)) {
      if (programme.stop > from && programme.start < to) result.push(programme);
    }
  }
  return result;
}
