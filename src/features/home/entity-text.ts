/**
 * A device's state in words the household reads on the tile and hears from
 * the speech bridge: "开着, 亮度 60%", "22.5 °C", "门开着".
 */
import { msg, str } from '@lit/localize';
import type { HomeEntity } from '../../data/home/home-types.js';

const OPENING_CLASSES = new Set(['door', 'window', 'opening', 'garage_door']);
const HAZARD_CLASSES = new Set(['smoke', 'gas', 'carbon_monoxide', 'moisture', 'safety']);

export function entityStateText(entity: HomeEntity): string {
  const { domain, state, attributes } = entity;
  if (state === 'unavailable') return msg('离线', { id: 'home.unavailable' });
  if (state === 'unknown') return msg('未知', { id: 'home.unknown' });
  switch (domain) {
    case 'light': {
      if (state !== 'on') return msg('关着', { id: 'home.off' });
      const brightness = attributes.brightness;
      if (typeof brightness === 'number') {
        const percent = Math.round((brightness / 255) * 100);
        return msg(str`开着, 亮度 ${percent}%`, { id: 'home.lightBrightness' });
      }
      return msg('开着', { id: 'home.on' });
    }
    case 'switch':
    case 'fan':
      return state === 'on' ? msg('开着', { id: 'home.on' }) : msg('关着', { id: 'home.off' });
    case 'cover': {
      const position = attributes.current_position;
      if (state === 'open' && typeof position === 'number' && position < 100) {
        return msg(str`开了 ${position}%`, { id: 'home.coverPosition' });
      }
      return coverText(state);
    }
    case 'lock':
      return state === 'locked'
        ? msg('已上锁', { id: 'home.locked' })
        : state === 'unlocked'
          ? msg('未上锁', { id: 'home.unlocked' })
          : state;
    case 'climate': {
      const target = attributes.temperature;
      const current = attributes.current_temperature;
      const mode = state === 'off' ? msg('关着', { id: 'home.off' }) : state;
      const parts = [mode];
      if (typeof current === 'number') parts.push(`${current} °C`);
      if (typeof target === 'number' && state !== 'off') {
        parts.push(msg(str`设定 ${target} °C`, { id: 'home.climateTarget' }));
      }
      return parts.join(', ');
    }
    case 'binary_sensor':
      return binaryText(entity);
    case 'alarm_control_panel':
      return panelText(state);
    case 'sensor':
      return entity.unit ? `${state} ${entity.unit}` : state;
    default:
      return state;
  }
}

/** Whether the tile should stand out: something is open, wet, smoky or armed. */
export function entityNeedsAttention(entity: HomeEntity): boolean {
  if (entity.domain === 'binary_sensor') {
    return entity.state === 'on' && HAZARD_CLASSES.has(entity.deviceClass ?? '');
  }
  return entity.domain === 'alarm_control_panel' && entity.state === 'triggered';
}

function binaryText(entity: HomeEntity): string {
  const on = entity.state === 'on';
  const cls = entity.deviceClass ?? '';
  if (OPENING_CLASSES.has(cls)) {
    return on ? msg('开着', { id: 'home.open' }) : msg('关着', { id: 'home.closed' });
  }
  if (cls === 'motion' || cls === 'occupancy' || cls === 'presence') {
    return on ? msg('有人活动', { id: 'home.motion' }) : msg('无人活动', { id: 'home.noMotion' });
  }
  if (HAZARD_CLASSES.has(cls)) {
    return on ? msg('报警！', { id: 'home.hazard' }) : msg('正常', { id: 'home.normal' });
  }
  return on ? msg('开着', { id: 'home.on' }) : msg('关着', { id: 'home.off' });
}

function coverText(state: string): string {
  switch (state) {
    case 'open':
      return msg('开着', { id: 'home.open' });
    case 'closed':
      return msg('关着', { id: 'home.closed' });
    case 'opening':
      return msg('正在打开', { id: 'home.opening' });
    case 'closing':
      return msg('正在关闭', { id: 'home.closing' });
    default:
      return state;
  }
}

function panelText(state: string): string {
  switch (state) {
    case 'disarmed':
      return msg('已撤防', { id: 'home.disarmed' });
    case 'armed_home':
      return msg('在家布防', { id: 'home.armedHome' });
    case 'armed_away':
      return msg('离家布防', { id: 'home.armedAway' });
    case 'armed_night':
      return msg('夜间布防', { id: 'home.armedNight' });
    case 'triggered':
      return msg('正在报警！', { id: 'home.triggered' });
    case 'arming':
      return msg('正在布防', { id: 'home.arming' });
    case 'pending':
      return msg('即将报警', { id: 'home.pending' });
    default:
      return state;
  }
}
