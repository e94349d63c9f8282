/**
 * A device's state in words the household reads on the tile and hears from
 * the speech bridge: "开着, 亮度 60%", "22.5 °C", "门开着".
 */
import { msg, str } from '@lit/localize';
import { COVER_SET_POSITION, COVER_STOP, supports } from '../../data/home/entity-controls.js';
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
      return lockText(state);
    case 'camera':
      return msg('摄像头画面', { id: 'home.cameraPicture' });
    case 'climate': {
      const target = attributes.temperature;
      const current = attributes.current_temperature;
      const mode = climateModeText(state);
      const parts = [mode];
      // No break between a number and its unit: "26" and "°C" never on separate lines.
      if (typeof current === 'number') parts.push(`${current}\u00a0°C`);
      if (typeof target === 'number' && state !== 'off') {
        parts.push(msg(str`设定 ${target}\u00a0°C`, { id: 'home.climateTarget' }));
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

/** Whether OK on the tile opens a row of controls (stop and position, mode, arming) or the PIN. */
export function tileHasControls(entity: HomeEntity): boolean {
  if (entity.state === 'unavailable') return false;
  switch (entity.domain) {
    case 'cover':
      return supports(entity, COVER_STOP) || supports(entity, COVER_SET_POSITION);
    case 'climate':
    case 'alarm_control_panel':
    case 'lock':
      return true;
    default:
      return false;
  }
}

/** A climate device's mode in words ("制冷"); Home Assistant's word when it is not a known one. */
export function climateModeText(mode: string): string {
  switch (mode) {
    case 'off':
      return msg('关着', { id: 'home.off' });
    case 'cool':
      return msg('制冷', { id: 'home.mode.cool' });
    case 'heat':
      return msg('制热', { id: 'home.mode.heat' });
    case 'dry':
      return msg('除湿', { id: 'home.mode.dry' });
    case 'fan_only':
      return msg('送风', { id: 'home.mode.fan' });
    case 'auto':
      return msg('自动', { id: 'home.mode.auto' });
    case 'heat_cool':
      return msg('自动冷暖', { id: 'home.mode.heatCool' });
    default:
      return mode;
  }
}

function lockText(state: string): string {
  switch (state) {
    case 'locked':
      return msg('已上锁', { id: 'home.locked' });
    case 'unlocked':
      return msg('未上锁', { id: 'home.unlocked' });
    case 'locking':
      return msg('正在上锁', { id: 'home.locking' });
    case 'unlocking':
      return msg('正在开锁', { id: 'home.unlocking' });
    case 'jammed':
      return msg('卡住了', { id: 'home.jammed' });
    case 'open':
      return msg('门开着', { id: 'home.lockOpen' });
    default:
      return state;
  }
}

/** Whether the tile should stand out: something is open, wet, smoky or armed. */
export function entityNeedsAttention(entity: HomeEntity): boolean {
  if (entity.domain === 'binary_sensor') {
    return entity.state === 'on' && HAZARD_CLASSES.has(entity.deviceClass ?? '');
  }
  if (entity.domain === 'lock') return entity.state === 'jammed';
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
