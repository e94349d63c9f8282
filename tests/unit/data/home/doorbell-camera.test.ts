/** Which camera the visitor panel shows when the doorbell rings. */
import { describe, expect, it } from 'vitest';
import { doorbellCamera } from '@src/data/home/doorbell-camera';
import type { HomeEntity } from '@src/data/home/home-types';

const item = (id: string, extra: Partial<HomeEntity> = {}): [string, HomeEntity] => [
  id,
  {
    id,
    domain: id.slice(0, id.indexOf('.')),
    name: id,
    state: 'idle',
    attributes: {},
    lastChanged: 0,
    ...extra,
  },
];

describe('doorbellCamera', () => {
  it('takes the camera on the doorbell’s own device over one in the same room', () => {
    const entities = new Map([
      item('camera.hall', { areaId: 'entrance' }),
      item('camera.doorbell', { deviceId: 'bell', areaId: 'garden' }),
      item('event.doorbell', { deviceId: 'bell', areaId: 'entrance' }),
    ]);
    expect(doorbellCamera({ entities }, 'event.doorbell')?.id).toBe('camera.doorbell');
  });

  it('falls back to a camera in the doorbell’s room, and to none', () => {
    const entities = new Map([
      item('camera.hall', { areaId: 'entrance' }),
      item('event.doorbell', { deviceId: 'bell', areaId: 'entrance' }),
      item('event.gate', {}),
    ]);
    expect(doorbellCamera({ entities }, 'event.doorbell')?.id).toBe('camera.hall');
    expect(doorbellCamera({ entities }, 'event.gate')).toBeUndefined();
  });
});
