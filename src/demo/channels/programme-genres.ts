/**
 * The small vocabulary the demo guide is written from: per genre, the XMLTV
 * categories (zh and en), the lengths a programme may have and some titles and
 * descriptions. Titles are made up for the demo (or name traditional works, as the
 * opera pieces do), so the demo shows no real channel's programmes.
 */
export type Genre =
  | 'news'
  | 'weather'
  | 'finance'
  | 'drama'
  | 'movie'
  | 'sports'
  | 'documentary'
  | 'variety'
  | 'kids'
  | 'opera'
  | 'science'
  | 'law'
  | 'music'
  | 'health'
  | 'local'
  | 'talk';

export interface GenreSpec {
  category: { zh: string; en: string };
  /** Allowed lengths in minutes: multiples of 30 so every programme starts on a half hour. */
  durations: readonly number[];
  titles: readonly string[];
  descriptions: readonly string[];
  /** Series whose episodes are numbered (sub-title and episode-num). */
  episodic?: boolean;
  /** A title's rating, as Taiwan's grades write it (the guide's `<rating>`). */
  ratings?: Readonly<Record<string, string>>;
}

export const GENRES: Readonly<Record<Genre, GenreSpec>> = {
  news: {
    category: { zh: '新闻', en: 'News' },
    durations: [30, 60],
    titles: ['整点新闻', '新闻现场', '午间新闻', '晚间新闻', '一周要闻', '国际时讯'],
    descriptions: [
      '国内外要闻、民生热点与权威发布，一次看全。',
      '聚焦当日重要新闻，连线各地记者现场报道。',
      '关注国际局势与经济动态，解读新闻背后的故事。',
    ],
  },
  weather: {
    category: { zh: '天气', en: 'Weather' },
    durations: [30],
    titles: ['天气预报', '生活气象', '城市天气', '交通与天气'],
    descriptions: [
      '未来三天天气趋势、空气质量与穿衣出行建议。',
      '降温、降雨提示及老人儿童防护小贴士。',
    ],
  },
  finance: {
    category: { zh: '财经', en: 'Finance' },
    durations: [30, 60],
    titles: ['财经早班车', '市场观察', '消费主张', '理财课堂'],
    descriptions: [
      '当日市场走势、政策解读与家庭理财建议。',
      '关注物价与消费热点，帮您把好钱袋子。',
    ],
  },
  drama: {
    category: { zh: '电视剧', en: 'Drama' },
    durations: [60, 90],
    titles: ['山河岁月', '胡同里的春天', '家和万事兴', '远方的灯火', '小城故事多', '大江东去'],
    descriptions: [
      '一家三代人在时代变迁中相守相助的温暖故事。',
      '老街坊们的悲欢离合，讲述普通人的奋斗与坚守。',
      '年轻人回乡创业，带着乡亲们走上致富路。',
    ],
    episodic: true,
  },
  movie: {
    category: { zh: '电影', en: 'Movie' },
    durations: [90],
    titles: ['电影：归途', '电影：星河守望', '电影：老井边的约定', '电影：追风少年'],
    // Two for 12 and over, one for 15 and over: Settings → 频道锁 → 按节目分级 locks them.
    ratings: {
      '电影：归途': '普遍级',
      '电影：星河守望': '辅12级',
      '电影：老井边的约定': '保护级',
      '电影：追风少年': '辅15级',
    },
    descriptions: [
      '一部温情故事片，讲述亲情与回家的意义。',
      '一部动作冒险片，少年们为梦想全力以赴。',
    ],
  },
  sports: {
    category: { zh: '体育', en: 'Sports' },
    durations: [30, 60, 90],
    titles: [
      '体育新闻',
      '乒乓球公开赛精选',
      '足球联赛直播',
      '篮球联赛集锦',
      '全民健身',
      '太极拳教学',
    ],
    descriptions: [
      '赛事直播与精彩回放，专业解说带您身临其境。',
      '跟着教练一起练，适合中老年朋友的居家健身动作。',
    ],
  },
  documentary: {
    category: { zh: '纪录片', en: 'Documentary' },
    durations: [30, 60],
    titles: ['江河万里', '古村落', '家乡的味道', '长城内外', '匠心'],
    descriptions: [
      '走进山川湖海，记录自然之美与人文之韵。',
      '寻访传统手艺人，讲述技艺传承背后的故事。',
    ],
  },
  variety: {
    category: { zh: '综艺', en: 'Entertainment' },
    durations: [60, 90],
    titles: ['欢乐家庭秀', '歌声飘过', '我们的节日', '笑声满堂'],
    descriptions: ['全家齐上阵，才艺比拼笑声不断。', '经典老歌新唱，唤起几代人的共同记忆。'],
  },
  kids: {
    category: { zh: '少儿', en: 'Children' },
    durations: [30],
    titles: ['动画：小熊过冬', '童趣乐园', '动画：森林运动会', '小小科学家'],
    descriptions: ['寓教于乐的少儿节目，陪伴孩子快乐成长。', '有趣的动画故事，培养孩子好习惯。'],
    episodic: true,
  },
  opera: {
    category: { zh: '戏曲', en: 'Chinese opera' },
    durations: [60, 90],
    titles: ['京剧：空城计', '评剧：花为媒', '越剧：梁山伯与祝英台', '戏曲名家名段'],
    descriptions: ['名家名段荟萃，品味传统戏曲之美。', '经典剧目全本欣赏，附唱段字幕。'],
  },
  science: {
    category: { zh: '科教', en: 'Education' },
    durations: [30, 60],
    titles: ['科技探索', '身边的科学', '文史讲堂', '自然密码'],
    descriptions: ['用通俗的语言讲解身边的科学。', '专家学者深入浅出，讲述历史文化知识。'],
  },
  law: {
    category: { zh: '法治', en: 'Law' },
    durations: [30, 60],
    titles: ['说法讲堂', '防骗指南', '法治故事'],
    descriptions: ['以案说法，教您识破电信诈骗新套路。', '解读与百姓生活相关的法律知识。'],
  },
  music: {
    category: { zh: '音乐', en: 'Music' },
    durations: [30, 60],
    titles: ['经典老歌', '民乐欣赏', '音乐下午茶', '合唱艺术'],
    descriptions: ['精选经典曲目，伴您度过美好时光。', '民族器乐名曲赏析。'],
  },
  health: {
    category: { zh: '健康', en: 'Health' },
    durations: [30, 60],
    titles: ['养生课堂', '健康大讲堂', '名医话健康', '膳食与营养'],
    descriptions: [
      '医生讲解高血压、糖尿病等慢病的日常管理。',
      '四季养生与合理膳食，健康生活从点滴做起。',
    ],
  },
  local: {
    category: { zh: '生活', en: 'Lifestyle' },
    durations: [30, 60],
    titles: ['社区播报', '城市生活', '民生热线', '便民服务指南'],
    descriptions: ['街道社区新鲜事、便民信息与办事指南。', '市民来电反映问题，记者跟进解决。'],
  },
  talk: {
    category: { zh: '访谈', en: 'Talk' },
    durations: [30, 60],
    titles: ['新闻早高峰', '午后茶座', '夜色温柔', '听众热线'],
    descriptions: ['主持人与听众在线互动，畅聊生活话题。', '资讯、路况与生活服务信息。'],
  },
};

/** The 19:00 bulletin national and provincial channels carry, and the weather after it. */
export const EVENING_NEWS = {
  title: '七点新闻',
  description: '当日国内外重大新闻。',
  weatherTitle: '天气预报',
  weatherDescription: '全国主要城市天气预报。',
} as const;
