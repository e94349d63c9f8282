/**
 * The camera that sees who rang: the camera on the doorbell's own device
 * (a video doorbell is one device with an `event` and a `camera` entity),
 * else a camera in the doorbell's area (the entrance), else none.
 */
import type { HomeEntity, HomeSnapshot } from './home-types.js';

export function doorbellCamera(
  snapshot: Pick<HomeSnapshot, 'entities'>,
  doorbellId: string,
): HomeEntity | undefined {
  const doorbell = snapshot.entities.get(doorbellId);
  if (!doorbell) return undefined;
  const cameras = [...snapshot.entities.values()].filter(
    (e) => e.domain === 'camera' && e.state !== 'unavailable',
  );
  const sameDevice = doorbell.deviceId
    ? cameras.find((c) => c.deviceId === doorbell.deviceId)
    : undefined;
  if (sameDevice) return sameDevice;
  return doorbell.areaId ? cameras.find((c) => c.areaId === doorbell.areaId) : undefined;
}
