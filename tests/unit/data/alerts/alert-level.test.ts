import { describe, expect, it } from 'vitest';
import type { CapInfo } from '@src/data/alerts/cap-types.js';
import { alertLevel, presentationOf } from '@src/data/alerts/alert-level.js';

function info(fields: Partial<CapInfo>): CapInfo {
  return {
    language: 'zh-CN',
    category: ['Met'],
    event: '暴雨',
    urgency: 'Expected',
    severity: 'Moderate',
    certainty: 'Likely',
    parameters: [],
    areas: [],
    ...fields,
  };
}

describe('alertLevel', () => {
  it.each([
    ['alertColor', '蓝色', 'blue'],
    ['alertColor', '黄色', 'yellow'],
    ['alertColor', '橙色', 'orange'],
    ['alertColor', '红色', 'red'],
    ['alertColour', 'Orange', 'orange'],
    ['awareness_level', '2; yellow; Moderate', 'yellow'],
    ['awareness_level', '4; red; Extreme', 'red'],
  ] as const)('reads %s = %s as %s', (valueName, value, expected) => {
    // Severity says otherwise on purpose: the sender's stated colour wins.
    expect(alertLevel(info({ severity: 'Minor', parameters: [{ valueName, value }] }))).toBe(
      expected,
    );
  });

  it.each([
    ['Extreme', 'red'],
    ['Severe', 'orange'],
    ['Moderate', 'yellow'],
    ['Minor', 'blue'],
    ['Unknown', 'blue'],
  ] as const)('derives %s severity as %s without a colour parameter', (severity, expected) => {
    expect(alertLevel(info({ severity }))).toBe(expected);
  });

  it('ignores unrelated parameters that happen to name a colour', () => {
    const parameters = [{ valueName: 'VTEC', value: 'red' }];
    expect(alertLevel(info({ severity: 'Moderate', parameters }))).toBe('yellow');
  });
});

describe('presentationOf', () => {
  it.each([
    ['Extreme', 'Immediate', 'takeover'],
    ['Severe', 'Expected', 'takeover'],
    ['Severe', 'Future', 'banner'],
    ['Extreme', 'Past', 'banner'],
    ['Severe', 'Unknown', 'banner'],
    ['Moderate', 'Immediate', 'banner'],
    ['Minor', 'Immediate', 'list'],
    ['Unknown', 'Expected', 'list'],
  ] as const)('shows %s / %s as %s', (severity, urgency, expected) => {
    expect(presentationOf(info({ severity, urgency }))).toBe(expected);
  });
});
