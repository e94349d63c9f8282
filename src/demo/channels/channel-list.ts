/**
 * The demo line-up: thirty channels modelled on a Chinese IPTV package (national
 * channels, provincial satellite channels, local channels, two radio stations),
 * every one named as a demo channel so nobody mistakes it for a real broadcaster.
 */
import type { ChannelProfile } from './channel-profiles';

export interface DemoChannel {
  /** tvg-id in the playlist, channel id in the guide. */
  id: string;
  name: string;
  /** tvg-chno: what the viewer types on the remote. */
  number: number;
  /** group-title entries (joined with ';', as Kodi and most players read it). */
  groups: readonly string[];
  profile: ChannelProfile;
  radio?: boolean;
  /** Days of catch-up the channel offers; absent means none. */
  catchupDays?: number;
  /** Carries the 19:00 bulletin and the weather after it. */
  eveningNews?: boolean;
  /** The logo: a coloured tile with a short label (public/demo/logos/{id}.svg). */
  logo: { background: string; label: string };
  /**
   * Which stream it plays: the recorded test pattern unless 'bilingual' (two sound
   * tracks and subtitles), 'live' (a live stream with time shift) or 'captions'
   * (CEA-608 closed captions in the video).
   */
  stream?: 'bilingual' | 'live' | 'captions';
}

/** When the line-up was last changed: the playlist's Last-Modified. */
export const CHANNEL_LIST_REVISED = Date.parse('2026-11-24T00:00:00+08:00');

const national = (
  number: number,
  id: string,
  name: string,
  groups: readonly string[],
  profile: ChannelProfile,
  background: string,
  label: string,
  eveningNews = false,
): DemoChannel => ({
  id,
  name,
  number,
  groups,
  profile,
  catchupDays: 7,
  eveningNews,
  logo: { background, label },
});

const provincial = (number: number, id: string, name: string, background: string): DemoChannel => ({
  id,
  name,
  number,
  groups: ['卫视'],
  profile: 'satellite',
  catchupDays: 3,
  eveningNews: true,
  logo: { background, label: name.slice(2, 4) },
});

const local = (
  number: number,
  id: string,
  name: string,
  groups: readonly string[],
  profile: ChannelProfile,
  background: string,
  label: string,
): DemoChannel => ({ id, name, number, groups, profile, logo: { background, label } });

export const DEMO_CHANNELS: readonly DemoChannel[] = [
  national(1, 'demo-zonghe', '演示综合', ['综合', '新闻'], 'general', '#c62828', '综合', true),
  national(2, 'demo-caijing', '演示财经', ['财经'], 'finance', '#1565c0', '财经'),
  national(3, 'demo-zongyi', '演示综艺', ['综艺'], 'variety', '#ad1457', '综艺'),
  {
    ...national(
      4,
      'demo-guoji',
      '演示中文国际',
      ['综合', '新闻'],
      'general',
      '#00838f',
      '国际',
      true,
    ),
    stream: 'bilingual',
  },
  {
    ...national(5, 'demo-tiyu', '演示体育', ['体育'], 'sports', '#2e7d32', '体育'),
    stream: 'live',
  },
  {
    ...national(6, 'demo-dianying', '演示电影', ['电影'], 'movie', '#4e342e', '电影'),
    stream: 'captions',
  },
  national(7, 'demo-junshi', '演示国防军事', ['纪实'], 'documentary', '#33691e', '军事'),
  national(8, 'demo-dianshiju', '演示电视剧', ['电视剧'], 'drama', '#6a1b9a', '剧场'),
  national(9, 'demo-jilu', '演示纪录', ['纪实'], 'documentary', '#37474f', '纪录'),
  national(10, 'demo-kejiao', '演示科教', ['科教'], 'science', '#0277bd', '科教'),
  national(11, 'demo-xiqu', '演示戏曲', ['戏曲'], 'opera', '#bf360c', '戏曲'),
  national(12, 'demo-fazhi', '演示社会与法', ['法治'], 'law', '#283593', '法治'),
  national(13, 'demo-xinwen', '演示新闻', ['新闻'], 'news', '#b71c1c', '新闻', true),
  national(14, 'demo-shaoer', '演示少儿', ['少儿'], 'kids', '#f9a825', '少儿'),
  national(15, 'demo-yinyue', '演示音乐', ['音乐'], 'music', '#7b1fa2', '音乐'),
  provincial(21, 'demo-jinghua', '演示京华卫视', '#d84315'),
  provincial(22, 'demo-jiangnan', '演示江南卫视', '#00695c'),
  provincial(23, 'demo-xiangjiang', '演示湘江卫视', '#ef6c00'),
  provincial(24, 'demo-lingnan', '演示岭南卫视', '#1e88e5'),
  provincial(25, 'demo-bashu', '演示巴蜀卫视', '#8e24aa'),
  provincial(26, 'demo-qilu', '演示齐鲁卫视', '#3949ab'),
  provincial(27, 'demo-tianshan', '演示天山卫视', '#00897b'),
  local(
    31,
    'demo-chaoyang-news',
    '演示朝阳新闻',
    ['本地', '新闻'],
    'local-news',
    '#c0392b',
    '朝阳',
  ),
  local(32, 'demo-city-life', '演示城市生活', ['本地', '生活'], 'local', '#16a085', '生活'),
  local(33, 'demo-health', '演示健康养生', ['本地', '生活'], 'health', '#27ae60', '养生'),
  local(34, 'demo-elder-class', '演示老年课堂', ['本地', '科教'], 'health', '#8d6e63', '课堂'),
  local(35, 'demo-weather', '演示天气', ['本地', '生活'], 'weather', '#0288d1', '天气'),
  local(36, 'demo-uhd', '演示超高清', ['超高清'], 'documentary', '#263238', '4K'),
  {
    id: 'demo-radio-news',
    name: '演示之声',
    number: 91,
    groups: ['广播'],
    profile: 'radio-news',
    radio: true,
    logo: { background: '#5d4037', label: '之声' },
  },
  {
    id: 'demo-radio-music',
    name: '演示音乐广播',
    number: 92,
    groups: ['广播'],
    profile: 'radio-music',
    radio: true,
    logo: { background: '#6d4c41', label: '乐' },
  },
];

/** Where a channel's logo is served from (a static file on the portal's origin). */
export function channelLogoPath(channel: DemoChannel): string {
  return `/demo/logos/${channel.id}.svg`;
}
