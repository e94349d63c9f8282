/**
 * What each kind of demo channel broadcasts: the weight of every genre in its
 * day, so a sports channel shows mostly sport and a local channel local news.
 */
import type { Genre } from './programme-genres';

export type ChannelProfile =
  | 'general'
  | 'finance'
  | 'variety'
  | 'sports'
  | 'movie'
  | 'drama'
  | 'documentary'
  | 'science'
  | 'opera'
  | 'law'
  | 'news'
  | 'kids'
  | 'music'
  | 'satellite'
  | 'local-news'
  | 'local'
  | 'health'
  | 'weather'
  | 'radio-news'
  | 'radio-music';

export const PROFILE_WEIGHTS: Readonly<Record<ChannelProfile, Partial<Record<Genre, number>>>> = {
  general: { news: 4, drama: 3, documentary: 2, variety: 1, weather: 1 },
  finance: { finance: 6, news: 2, talk: 1 },
  variety: { variety: 5, music: 2, drama: 1 },
  sports: { sports: 8, news: 1 },
  movie: { movie: 8, documentary: 1 },
  drama: { drama: 8, news: 1 },
  documentary: { documentary: 7, science: 2 },
  science: { science: 5, documentary: 3, health: 1 },
  opera: { opera: 7, music: 2 },
  law: { law: 6, news: 2, documentary: 1 },
  news: { news: 8, weather: 1, finance: 1 },
  kids: { kids: 9, science: 1 },
  music: { music: 8, variety: 1 },
  satellite: { drama: 5, variety: 3, news: 1, documentary: 1 },
  'local-news': { news: 4, local: 4, weather: 1 },
  local: { local: 5, health: 2, drama: 2, opera: 1 },
  health: { health: 7, sports: 1, local: 1 },
  weather: { weather: 9, local: 1 },
  'radio-news': { news: 5, talk: 3, finance: 1, weather: 1 },
  'radio-music': { music: 7, talk: 2 },
};
