import { describe, expect, it } from 'vitest';
import { matchGuideChannels, normaliseChannelName } from '@src/data/guide/channel-matcher.js';
import type { GuideChannel } from '@src/data/guide/guide-types.js';

const GUIDE: GuideChannel[] = [
  { id: 'CCTV1', names: [{ text: 'CCTV-1 综合', lang: 'zh' }, { text: 'CCTV1' }] },
  { id: '101', names: [{ text: '湖南卫视', lang: 'zh' }] },
  { id: 'bbc-one.uk', names: [{ text: 'BBC One', lang: 'en' }] },
  { id: 'bbc-one-2.uk', names: [{ text: 'BBC One', lang: 'en' }] },
  { id: 'cctv5p', names: [{ text: 'CCTV5+ 体育赛事' }] },
  { id: 'no-names', names: [] },
];

describe('normaliseChannelName', () => {
  it.each([
    ['CCTV-1', 'cctv1'],
    ['cctv 1', 'cctv1'],
    ['CCTV_1 HD', 'cctv1'],
    ['CCTV1高清', 'cctv1'],
    ['CCTV-1 高清 HD', 'cctv1'],
    ['ＣＣＴＶ－１', 'cctv1'],
    ['湖南卫视\u3000高清', '湖南卫视'],
    ['HD', 'hd'],
  ])('reads %j as %j', (name, normal) => {
    expect(normaliseChannelName(name)).toBe(normal);
  });
});

describe('matchGuideChannels', () => {
  it('matches tvg-id to a guide id ignoring case, before any name', () => {
    const matches = matchGuideChannels([{ key: 'k1', tvgId: 'cctv1', name: 'BBC One' }], GUIDE);

    expect(matches).toEqual(new Map([['k1', 'CCTV1']]));
  });

  it('falls back to tvg-name, then the name, against every display name', () => {
    const matches = matchGuideChannels(
      [
        { key: 'by-tvg-name', tvgId: 'unknown', tvgName: '湖南卫视高清', name: 'Channel 7' },
        { key: 'by-name', name: 'CCTV-1 综合 HD' },
        { key: 'full-width', name: 'ＢＢＣ　Ｏｎｅ' },
        { key: 'nothing', tvgId: 'x', tvgName: 'y', name: 'z' },
      ],
      GUIDE,
    );

    expect(Object.fromEntries(matches)).toEqual({
      'by-tvg-name': '101',
      'by-name': 'CCTV1',
      'full-width': 'bbc-one.uk', // the first declared of two "BBC One"s
    });
  });

  it('uses a tvg-id that is no guide id as one more name, and matches guide ids as names', () => {
    const matches = matchGuideChannels(
      [
        { key: 'id-as-name', tvgId: 'CCTV5+ 体育赛事', name: '体育' },
        { key: 'name-is-id', name: 'CCTV5P' },
      ],
      GUIDE,
    );

    expect(Object.fromEntries(matches)).toEqual({ 'id-as-name': 'cctv5p', 'name-is-id': 'cctv5p' });
  });

  it('returns nothing for an empty guide or playlist', () => {
    expect(matchGuideChannels([{ key: 'k', name: 'CCTV1' }], []).size).toBe(0);
    expect(matchGuideChannels([], GUIDE).size).toBe(0);
  });
});
