import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@src/data/services/catalog-types';
import {
  buildSearchIndex,
  searchServices,
  type SearchIndex,
} from '@src/data/services/service-search';
import { demoCatalog } from './demo-catalog';

let catalog: Catalog;
let index: SearchIndex;
beforeAll(async () => {
  catalog = await demoCatalog();
  index = buildSearchIndex(catalog);
});

const titles = (query: string) => searchServices(index, query).map((s) => s.title['zh-CN']);

describe('finding a service with the remote', () => {
  it('finds 养老保险 by its pinyin initials, full pinyin, or a mix', () => {
    for (const query of ['ylbx', 'yanglaobaoxian', 'yanglaobx', 'YLBX', 'yang lao']) {
      expect(titles(query)[0], query).toBe('城乡居民养老保险参保登记');
    }
  });

  it('finds by Chinese text, anywhere in the title', () => {
    expect(titles('养老')).toContain('城乡居民养老保险参保登记');
    expect(titles('津贴')).toContain('高龄津贴申请');
  });

  it('ranks titles that start with the query first', () => {
    const byInitials = titles('gl');
    expect(byInitials[0]).toBe('高龄津贴申请');
    // Title matches by position, then services that only say it in their summary.
    const byText = searchServices(index, '申请').map((s) => s.title['zh-CN'].indexOf('申请'));
    const inTitle = byText.filter((at) => at >= 0);
    expect(byText.slice(0, inTitle.length)).toEqual([...inTitle].sort((a, b) => a - b));
    expect(byText.slice(inTitle.length).every((at) => at === -1)).toBe(true);
  });

  it('finds by English words too, and nothing for nonsense', () => {
    expect(titles('pension')).toContain('城乡居民养老保险参保登记');
    expect(titles('qqqqzz')).toEqual([]);
  });

  it('lists every service for an empty query', () => {
    expect(searchServices(index, '  ')).toHaveLength(catalog.services.length);
  });
});
