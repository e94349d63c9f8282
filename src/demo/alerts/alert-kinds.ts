/**
 * The hazards the demo can warn about, with the CAP category, who issues the
 * warning and the texts (zh-CN and en). Issuers are marked as demo bodies.
 */
export type AlertKind =
  | 'rainstorm'
  | 'blizzard'
  | 'cold-wave'
  | 'gale'
  | 'heat'
  | 'air-pollution'
  | 'flood'
  | 'earthquake';

export const ALERT_KINDS: readonly AlertKind[] = [
  'rainstorm',
  'blizzard',
  'cold-wave',
  'gale',
  'heat',
  'air-pollution',
  'flood',
  'earthquake',
];

export interface Bilingual {
  zh: string;
  en: string;
}

export interface AlertKindSpec {
  category: 'Met' | 'Geo' | 'Env';
  event: Bilingual;
  senderName: Bilingual;
  responseType: 'Shelter' | 'Prepare' | 'Avoid' | 'Monitor';
  certainty: 'Observed' | 'Likely';
  description: Bilingual;
  instruction: Bilingual;
  /** How long a warning of this kind stays in force. */
  validHours: number;
}

const METEOROLOGICAL_OBSERVATORY = {
  zh: '朝阳区气象台（演示）',
  en: 'Chaoyang District Meteorological Observatory (demo)',
};

export const ALERT_KIND_SPECS: Readonly<Record<AlertKind, AlertKindSpec>> = {
  rainstorm: {
    category: 'Met',
    event: { zh: '暴雨预警', en: 'Rainstorm warning' },
    senderName: METEOROLOGICAL_OBSERVATORY,
    responseType: 'Prepare',
    certainty: 'Likely',
    description: {
      zh: '预计未来6小时内朝阳区将出现短时强降水，局地小时雨强可达50毫米以上，并伴有雷电和短时大风。',
      en: 'Heavy showers are expected in Chaoyang within 6 hours, locally over 50 mm an hour, with thunder and strong gusts.',
    },
    instruction: {
      zh: '请减少外出，远离低洼地带、地下空间和河道；驾车避开积水路段；老人和儿童留在室内。',
      en: 'Stay indoors if you can; keep away from low-lying areas, basements and rivers; drive around flooded roads.',
    },
    validHours: 12,
  },
  blizzard: {
    category: 'Met',
    event: { zh: '暴雪预警', en: 'Snowstorm warning' },
    senderName: METEOROLOGICAL_OBSERVATORY,
    responseType: 'Prepare',
    certainty: 'Likely',
    description: {
      zh: '预计未来12小时内朝阳区将出现大到暴雪，道路结冰，对交通有较大影响。',
      en: 'Heavy snow is expected in Chaoyang within 12 hours; roads will ice over and traffic will be disrupted.',
    },
    instruction: {
      zh: '请减少外出，注意防寒保暖和防滑；老人外出请结伴并穿防滑鞋。',
      en: 'Avoid going out; keep warm; take care on icy paths.',
    },
    validHours: 24,
  },
  'cold-wave': {
    category: 'Met',
    event: { zh: '寒潮预警', en: 'Cold wave warning' },
    senderName: METEOROLOGICAL_OBSERVATORY,
    responseType: 'Prepare',
    certainty: 'Likely',
    description: {
      zh: '受强冷空气影响，预计未来48小时内气温下降10℃以上，最低气温可达零下10℃，并伴有5至6级偏北风。',
      en: 'A strong cold front will bring a drop of over 10 °C within 48 hours, lows near −10 °C and strong northerly winds.',
    },
    instruction: {
      zh: '请及时添衣保暖，检查取暖设备，谨防一氧化碳中毒；心脑血管病患者注意防护。',
      en: 'Dress warmly, check heating appliances and beware of carbon monoxide; people with heart conditions take care.',
    },
    validHours: 48,
  },
  gale: {
    category: 'Met',
    event: { zh: '大风预警', en: 'Gale warning' },
    senderName: METEOROLOGICAL_OBSERVATORY,
    responseType: 'Prepare',
    certainty: 'Likely',
    description: {
      zh: '预计未来12小时内朝阳区将出现6级以上偏北风，阵风可达8级。',
      en: 'Northerly winds of force 6 or more, gusting to force 8, are expected in Chaoyang within 12 hours.',
    },
    instruction: {
      zh: '请关好门窗，收好阳台花盆等易坠物品；远离广告牌、临时搭建物和大树。',
      en: 'Close windows, bring in balcony pots; keep away from billboards, scaffolding and large trees.',
    },
    validHours: 12,
  },
  heat: {
    category: 'Met',
    event: { zh: '高温预警', en: 'Heat warning' },
    senderName: METEOROLOGICAL_OBSERVATORY,
    responseType: 'Prepare',
    certainty: 'Likely',
    description: {
      zh: '预计未来3天朝阳区最高气温将在35℃以上。',
      en: 'Highs above 35 °C are expected in Chaoyang for the next 3 days.',
    },
    instruction: {
      zh: '请避免午后外出，多喝水；老人、儿童和慢性病患者注意防暑。',
      en: 'Avoid going out in the afternoon and drink plenty; older people, children and the chronically ill take care.',
    },
    validHours: 24,
  },
  'air-pollution': {
    category: 'Env',
    event: { zh: '空气重污染预警', en: 'Air pollution warning' },
    senderName: {
      zh: '朝阳区生态环境局（演示）',
      en: 'Chaoyang District Ecology and Environment Bureau (demo)',
    },
    responseType: 'Avoid',
    certainty: 'Likely',
    description: {
      zh: '受不利气象条件影响，预计未来72小时内空气质量将达到重度污染。',
      en: 'Poor dispersion is expected to bring heavy air pollution within 72 hours.',
    },
    instruction: {
      zh: '请减少户外活动，外出佩戴口罩；儿童、老人和呼吸道疾病患者留在室内。',
      en: 'Limit outdoor activity and wear a mask; children, older people and those with lung conditions stay indoors.',
    },
    validHours: 72,
  },
  flood: {
    category: 'Met',
    event: { zh: '城市内涝预警', en: 'Urban flooding warning' },
    senderName: {
      zh: '朝阳区防汛指挥部（演示）',
      en: 'Chaoyang District Flood Control Headquarters (demo)',
    },
    responseType: 'Avoid',
    certainty: 'Likely',
    description: {
      zh: '受持续强降雨影响，朝阳区部分下凹式立交桥和低洼路段可能出现积水。',
      en: 'Continued heavy rain may flood underpasses and low-lying roads in Chaoyang.',
    },
    instruction: {
      zh: '请勿涉水通行，车辆不要驶入积水路段；住在地下室和一层的居民注意防范。',
      en: 'Do not wade or drive through flood water; residents of basements and ground floors be prepared.',
    },
    validHours: 12,
  },
  earthquake: {
    category: 'Geo',
    event: { zh: '地震预警', en: 'Earthquake early warning' },
    senderName: { zh: '北京市地震局（演示）', en: 'Beijing Earthquake Agency (demo)' },
    responseType: 'Shelter',
    certainty: 'Observed',
    description: {
      zh: '演示：邻近地区发生地震，预计数十秒后本地有明显震感。',
      en: 'Demo: an earthquake has struck nearby; strong shaking is expected here within tens of seconds.',
    },
    instruction: {
      zh: '请立即就近躲避，远离窗户和悬挂物，震后有序撤离到空旷地带，不要乘坐电梯。',
      en: 'Drop, cover and hold on away from windows; leave calmly to open ground afterwards; do not use lifts.',
    },
    validHours: 1,
  },
};
