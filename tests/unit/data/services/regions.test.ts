import { describe, expect, it } from 'vitest';
import { regionChildren, regionName, regionPath } from '@src/data/services/formats/regions';

const names = (list: Array<{ name: string }>) => list.map((region) => region.name);

describe('region picker tree (GB/T 2260)', () => {
  it('starts with the provinces', async () => {
    const provinces = await regionChildren(null);
    expect(provinces).toHaveLength(34);
    expect(provinces[0]).toEqual({
      code: '110000',
      name: '北京市',
      level: 'province',
      hasChildren: true,
    });
  });

  it('goes from a municipality straight to its districts (no 市辖区 step)', async () => {
    const districts = await regionChildren('110000');
    expect(names(districts)).toContain('朝阳区');
    expect(names(districts)).not.toContain('市辖区');
    expect(districts.every((d) => d.level === 'county' && !d.hasChildren)).toBe(true);
    expect(names(await regionPath('110105'))).toEqual(['北京市', '朝阳区']);
  });

  it('goes province → prefecture → county elsewhere, without the 市辖区 placeholders', async () => {
    const cities = await regionChildren('130000');
    expect(cities[0]).toMatchObject({ code: '130100', name: '石家庄市', level: 'city' });
    const counties = await regionChildren('130100');
    expect(names(counties)).toContain('长安区');
    expect(names(counties)).not.toContain('市辖区');
    expect(names(await regionPath('130102'))).toEqual(['河北省', '石家庄市', '长安区']);
  });

  it('offers directly administered counties under a short group name, left out of paths', async () => {
    const hainan = await regionChildren('460000');
    expect(names(hainan)).toContain('自治区直辖县级行政区划');
    expect(hainan.find((c) => c.code === '460400')).toMatchObject({
      name: '儋州市',
      hasChildren: false,
    });
    expect(names(await regionPath('469001'))).toEqual(['海南省', '五指山市']);
  });

  it('names a code, or nothing for an unknown one', async () => {
    expect(await regionName('110000')).toBe('北京市');
    expect(await regionName('235400')).toBeUndefined();
    expect(await regionPath('235400')).toEqual([]);
    expect(await regionChildren('235400')).toEqual([]);
  });
});
