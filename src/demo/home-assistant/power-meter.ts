import type { HaState } from './ha-types';
import type { DemoHome } from './home-state';

/**
 * The flat's power sensor follows what is switched on, so the energy panel
 * answers when the household turns the air conditioner off from the sofa.
 */

export const POWER_SENSOR = 'sensor.home_power';

/** Fridge, router, standby loads: always drawing. */
const BASE_WATTS = 138;

const CLIMATE_WATTS: Record<string, number> = {
  cool: 1050,
  heat: 1250,
  dry: 420,
  fan_only: 35,
};

/** Full-power draw of lights and plugs when on (lights scale with brightness). */
const ON_WATTS: Record<string, number> = {
  'light.living_room_ceiling': 36,
  'light.bedroom_light': 18,
  'light.kitchen_light': 12,
  'switch.balcony_washer_plug': 380,
  'fan.bedroom_fan': 42,
};

function drawOf(state: HaState): number {
  if (state.entity_id.startsWith('climate.')) return CLIMATE_WATTS[state.state] ?? 0;
  const full = ON_WATTS[state.entity_id];
  if (full === undefined || state.state !== 'on') return 0;
  const { brightness, percentage } = state.attributes;
  if (typeof brightness === 'number') return (full * brightness) / 255;
  if (typeof percentage === 'number') return (full * percentage) / 100;
  return full;
}

function isLoad(entityId: string): boolean {
  return entityId.startsWith('climate.') || entityId in ON_WATTS;
}

export function currentDraw(home: DemoHome): number {
  let watts = BASE_WATTS;
  for (const state of home.getStates()) watts += drawOf(state);
  return Math.round(watts);
}

/** Keeps the power sensor in step with the loads; returns the detach function. */
export function attachPowerMeter(home: DemoHome): () => void {
  const update = (): void => {
    home.patchState(POWER_SENSOR, { state: String(currentDraw(home)) });
  };
  update();
  return home.subscribe((event) => {
    const entityId = event.data['entity_id'];
    if (event.event_type === 'state_changed' && typeof entityId === 'string' && isLoad(entityId)) {
      update();
    }
  });
}
