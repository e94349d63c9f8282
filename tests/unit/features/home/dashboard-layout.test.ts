/** When the dashboard groups its rooms and readings again, and when a change only updates a tile. */
import { describe, expect, it } from 'vitest';
import { DashboardLayout } from '@src/features/home/dashboard-layout';
import type { HomeEntity, HomeSnapshot } from '@src/data/home/home-types';

function sensor(id: string, deviceClass: string, state: string): HomeEntity {
  return { id, domain: 'sensor', name: id, state, attributes: {}, lastChanged: 0, deviceClass };
}

function snapshotOf(entities: HomeEntity[], areas: HomeSnapshot['areas'] = []): HomeSnapshot {
  return { status: 'live', areas, entities: new Map(entities.map((e) => [e.id, e])) };
}

describe('DashboardLayout', () => {
  it('does not regroup for a new value on a sensor', () => {
    const layout = new DashboardLayout();
    const before = snapshotOf([sensor('sensor.t1', 'temperature', '21')]);
    layout.regroup(before);

    const after = {
      ...before,
      entities: snapshotOf([sensor('sensor.t1', 'temperature', '22')]).entities,
    };

    expect(layout.needsRegroup(after, new Set(['sensor.t1']), false)).toBe(false);
  });

  it('regroups when the sensor shown as a reading goes offline and another takes over', () => {
    const layout = new DashboardLayout();
    const before = snapshotOf([
      sensor('sensor.t1', 'temperature', '21'),
      sensor('sensor.t2', 'temperature', '19'),
    ]);
    layout.regroup(before);
    expect(layout.readings.map((r) => r.entity.id)).toEqual(['sensor.t1']);

    const after = {
      ...before,
      entities: snapshotOf([
        sensor('sensor.t1', 'temperature', 'unavailable'),
        sensor('sensor.t2', 'temperature', '19'),
      ]).entities,
    };

    expect(layout.needsRegroup(after, new Set(['sensor.t1']), false)).toBe(true);
    layout.regroup(after);
    expect(layout.readings.map((r) => r.entity.id)).toEqual(['sensor.t2']);
  });

  it('regroups for a rename, a new entity or a structure change', () => {
    const layout = new DashboardLayout();
    const before = snapshotOf([sensor('sensor.t1', 'temperature', '21')]);
    layout.regroup(before);

    const renamed = snapshotOf([{ ...sensor('sensor.t1', 'temperature', '21'), name: 'Hall' }]);
    const added = snapshotOf([
      sensor('sensor.t1', 'temperature', '21'),
      sensor('sensor.h1', 'humidity', '40'),
    ]);

    expect(
      layout.needsRegroup({ ...before, entities: renamed.entities }, new Set(['sensor.t1']), false),
    ).toBe(true);
    expect(
      layout.needsRegroup({ ...before, entities: added.entities }, new Set(['sensor.h1']), false),
    ).toBe(true);
    expect(layout.needsRegroup(before, new Set(), true)).toBe(true);
  });
});
