import { describe, expect, it } from 'vitest';
import {
  armingOf,
  classifyAlarm,
  panelArming,
  type AlarmEntity,
  type PanelArming,
} from '@src/data/home/alarm-kinds';
import type { AlarmKind, HomeEntity } from '@src/data/home/home-types';

const sensor = (deviceClass: string | undefined, state = 'on'): AlarmEntity => ({
  domain: 'binary_sensor',
  state,
  deviceClass,
});

describe('classifyAlarm', () => {
  const cases: Array<[string, AlarmEntity, boolean | PanelArming, AlarmKind | null]> = [
    ['smoke on', sensor('smoke'), false, 'smoke'],
    ['smoke off', sensor('smoke', 'off'), true, null],
    ['smoke unavailable', sensor('smoke', 'unavailable'), false, null],
    ['gas on', sensor('gas'), false, 'gas'],
    ['carbon monoxide on', sensor('carbon_monoxide'), false, 'co'],
    ['moisture on', sensor('moisture'), 'home', 'moisture'],
    ['safety on (unsafe)', sensor('safety'), false, 'safety'],
    ['door open, disarmed', sensor('door'), false, null],
    ['door open, armed', sensor('door'), true, 'intrusion'],
    ['window open, armed home', sensor('window'), 'home', 'intrusion'],
    ['opening, armed away', sensor('opening'), 'away', 'intrusion'],
    ['garage door, armed away', sensor('garage_door'), 'away', 'intrusion'],
    ['door closed, armed', sensor('door', 'off'), true, null],
    ['motion, disarmed', sensor('motion'), false, null],
    ['motion, armed home (the household)', sensor('motion'), 'home', null],
    ['motion, armed away', sensor('motion'), 'away', 'intrusion'],
    ['occupancy, armed', sensor('occupancy'), true, 'intrusion'],
    ['connectivity on', sensor('connectivity'), true, null],
    ['no device class', sensor(undefined), true, null],
    [
      'panel triggered',
      { domain: 'alarm_control_panel', state: 'triggered', deviceClass: undefined },
      false,
      'intrusion',
    ],
    ['panel armed', { domain: 'alarm_control_panel', state: 'armed_away' }, true, null],
    [
      'doorbell rang',
      { domain: 'event', state: '2025-03-01T08:00:00.000+00:00', deviceClass: 'doorbell' },
      false,
      'doorbell',
    ],
    [
      'doorbell never rang',
      { domain: 'event', state: 'unknown', deviceClass: 'doorbell' },
      false,
      null,
    ],
    [
      'button event',
      { domain: 'event', state: '2025-03-01T08:00:00.000+00:00', deviceClass: 'button' },
      false,
      null,
    ],
    [
      'smoke in another domain',
      { domain: 'sensor', state: 'on', deviceClass: 'smoke' },
      true,
      null,
    ],
  ];

  it.each(cases)('%s', (_name, entity, armed, expected) => {
    expect(classifyAlarm(entity, armed)).toBe(expected);
  });
});

describe('panel arming', () => {
  it.each([
    ['disarmed', 'disarmed'],
    ['arming', 'disarmed'],
    ['armed_home', 'home'],
    ['armed_night', 'home'],
    ['armed_custom_bypass', 'home'],
    ['armed_away', 'away'],
    ['armed_vacation', 'away'],
    ['pending', 'away'],
    ['triggered', 'away'],
    ['unavailable', 'disarmed'],
  ])('reads %s as %s', (state, arming) => {
    expect(armingOf(state)).toBe(arming);
  });

  it('takes the strictest of several panels', () => {
    const panel = (id: string, state: string): [string, HomeEntity] => [
      id,
      { id, domain: 'alarm_control_panel', name: id, state, attributes: {}, lastChanged: 0 },
    ];
    const entities = new Map([
      panel('a', 'armed_home'),
      panel('b', 'armed_away'),
      panel('c', 'disarmed'),
    ]);

    expect(panelArming({ entities })).toBe('away');
    expect(panelArming({ entities: new Map([panel('a', 'armed_night')]) })).toBe('home');
    expect(panelArming({ entities: new Map() })).toBe('disarmed');
  });
});
