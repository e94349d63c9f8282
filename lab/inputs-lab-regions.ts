/**
 * A tiny region source for the inputs lab and its tests: a few provinces with
 * real GB/T 2260 codes (enough to scroll the province list), answering
 * asynchronously like the real one.
 */
import type { Region, RegionSource } from '../src/ui/region-picker.js';

const TREE: Record<string, Region[]> = {
  root: [
    { code: '110000', name: '北京市' },
    { code: '120000', name: '天津市' },
    { code: '130000', name: '河北省' },
    { code: '140000', name: '山西省' },
    { code: '150000', name: '内蒙古自治区' },
    { code: '210000', name: '辽宁省' },
    { code: '220000', name: '吉林省' },
    { code: '230000', name: '黑龙江省' },
    { code: '310000', name: '上海市' },
    { code: '320000', name: '江苏省' },
    { code: '330000', name: '浙江省' },
  ],
  '110000': [{ code: '110100', name: '市辖区' }],
  '110100': [
    { code: '110101', name: '东城区' },
    { code: '110102', name: '西城区' },
    { code: '110105', name: '朝阳区' },
    { code: '110106', name: '丰台区' },
    { code: '110108', name: '海淀区' },
  ],
  '130000': [
    { code: '130100', name: '石家庄市' },
    { code: '130200', name: '唐山市' },
  ],
  '130100': [
    { code: '130102', name: '长安区' },
    { code: '130104', name: '桥西区' },
  ],
  '130200': [{ code: '130202', name: '路南区' }],
};

export const fakeRegionSource: RegionSource = {
  children: (code) =>
    new Promise((resolve) => setTimeout(() => resolve(TREE[code ?? 'root'] ?? []), 20)),
};
