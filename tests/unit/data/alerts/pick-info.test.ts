import { describe, expect, it } from 'vitest';
import type { CapAlert, CapInfo } from '@src/data/alerts/cap-types.js';
import { pickInfo } from '@src/data/alerts/pick-info.js';

function info(language: string, event: string): CapInfo {
  return {
    language,
    category: ['Met'],
    event,
    urgency: 'Expected',
    severity: 'Moderate',
    certainty: 'Likely',
    parameters: [],
    areas: [],
  };
}

function alertWith(...infos: CapInfo[]): CapAlert {
  return {
    identifier: 'id-1',
    sender: 'alerts@example.org',
    sent: '2026-07-01T08:00:00+08:00',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    references: [],
    infos,
  };
}

describe('pickInfo', () => {
  it('gives a bilingual alert’s Chinese block to a zh-CN household and English to an en one', () => {
    const alert = alertWith(info('en-US', 'Rainstorm'), info('zh-CN', '暴雨'));

    expect(pickInfo(alert, 'zh-CN')?.event).toBe('暴雨');
    expect(pickInfo(alert, 'en')?.event).toBe('Rainstorm');
  });

  it.each(['zh', 'zh-CN', 'zh-Hans', 'ZH-cn', 'zh_CN'])('treats %s as Chinese', (tag) => {
    expect(pickInfo(alertWith(info('en', 'E'), info(tag, '中')), 'zh-CN')?.event).toBe('中');
  });

  it('prefers simplified over traditional Chinese for zh-CN', () => {
    const alert = alertWith(info('zh-TW', '繁'), info('zh-Hans', '简'));
    expect(pickInfo(alert, 'zh-CN')?.event).toBe('简');
  });

  it('reads an absent language as en-US', () => {
    const alert = alertWith(info('zh-CN', '暴雨'), info('', 'Rainstorm'));
    expect(pickInfo(alert, 'en')?.event).toBe('Rainstorm');
  });

  it('falls back to the first block when none is in the household’s language', () => {
    const alert = alertWith(info('fi-FI', 'Myrsky'), info('sv-FI', 'Storm'));
    expect(pickInfo(alert, 'zh-CN')?.event).toBe('Myrsky');
  });

  it('gives null for an alert without info blocks', () => {
    expect(pickInfo(alertWith(), 'en')).toBeNull();
  });
});
