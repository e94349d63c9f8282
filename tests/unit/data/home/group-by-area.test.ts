import { describe, expect, it } from 'vitest';
import { groupByArea } from '@src/data/home/group-by-area';
import type { HomeArea, HomeEntity } from '@src/data/home/home-types';

const AREAS: HomeArea[] = [
  { id: 'kitchen', name: 'Kitchen' },
  { id: 'living_room', name: 'Living room' },
  { id: 'attic', name: 'Attic' },
];

function entity(
  id: string,
  name: string,
  areaId?: string,
  extra: Partial<HomeEntity> = {},
): HomeEntity {
  const made: HomeEntity = {
    id,
    domain: id.slice(0, id.indexOf('.')),
    name,
    state: 'on',
    attributes: {},
    lastChanged: 0,
    ...extra,
  };
  if (areaId !== undefined) made.areaId = areaId;
  return made;
}

const snapshot = (entities: HomeEntity[]) => ({
  areas: AREAS,
  entities: new Map(entities.map((item) => [item.id, item])),
});

const shape = (groups: ReturnType<typeof groupByArea>) =>
  groups.map((group) => [group.area?.id ?? null, group.entities.map((item) => item.id)]);

describe('groupByArea', () => {
  it('orders rooms as the registry does, the entities in no area last, names sorted', () => {
    const groups = groupByArea(
      snapshot([
        entity('light.sofa', 'Sofa lamp', 'living_room'),
        entity('switch.kettle', 'Kettle', 'kitchen'),
        entity('light.ceiling', 'Ceiling light', 'living_room'),
        entity('light.porch', 'Porch light'),
        entity('sensor.fridge_2', 'Fridge 10', 'kitchen'),
        entity('sensor.fridge_1', 'Fridge 9', 'kitchen'),
      ]),
    );

    expect(shape(groups)).toEqual([
      ['kitchen', ['sensor.fridge_1', 'sensor.fridge_2', 'switch.kettle']],
      ['living_room', ['light.ceiling', 'light.sofa']],
      [null, ['light.porch']],
    ]);
    expect(groups[0]?.area).toBe(AREAS[0]);
  });

  it('leaves out domains the dashboard does not show, and hidden entities', () => {
    const groups = groupByArea(
      snapshot([
        entity('light.sofa', 'Sofa lamp', 'living_room'),
        entity('zone.home', 'Home'),
        entity('update.core', 'Core update', 'living_room'),
        entity('sensor.signal', 'Signal strength', 'living_room', { hidden: true }),
      ]),
    );

    expect(shape(groups)).toEqual([['living_room', ['light.sofa']]]);
  });

  it('keeps only the domains asked for', () => {
    const groups = groupByArea(
      snapshot([
        entity('light.sofa', 'Sofa lamp', 'living_room'),
        entity('sensor.temp', 'Temperature', 'living_room'),
      ]),
      { domains: ['sensor'] },
    );

    expect(shape(groups)).toEqual([['living_room', ['sensor.temp']]]);
  });

  it('puts an entity whose area is not in the registry with those in no area', () => {
    const groups = groupByArea(snapshot([entity('light.shed', 'Shed light', 'deleted_area')]));

    expect(shape(groups)).toEqual([[null, ['light.shed']]]);
  });

  it('sorts Chinese names by the given locale', () => {
    const groups = groupByArea(
      snapshot([
        entity('light.b', '卧室灯', 'living_room'),
        entity('light.a', '客厅吸顶灯', 'living_room'),
        entity('light.c', '厨房灯', 'living_room'),
      ]),
      { locale: 'zh-CN' },
    );

    // Pinyin order: chu (厨), ke (客), wo (卧).
    expect(shape(groups)).toEqual([['living_room', ['light.c', 'light.a', 'light.b']]]);
  });
});
