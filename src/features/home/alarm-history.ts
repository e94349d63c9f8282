/**
 * The alarms this TV has shown, newest first, kept on the TV (the last fifty)
 * so the household can see afterwards what went off and when, even across a
 * restart. What is kept is what was on screen: the kind, the place, the time.
 */
import type { HomeAlarm } from '../../data/home/home-types.js';

const STORAGE_KEY = 'hearth.home.alarms';
const KEEP = 50;

export interface AlarmRecord {
  key: string;
  kind: HomeAlarm['kind'];
  name: string;
  areaName?: string;
  at: number;
  acknowledgedAt?: number;
}

export const alarmHistoryEvents = new EventTarget();

export function alarmHistory(): AlarmRecord[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as AlarmRecord[]) : [];
  } catch {
    return [];
  }
}

function save(records: AlarmRecord[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(records.slice(0, KEEP)));
  } catch {
    // Full or unavailable storage: the history lasts this session only.
  }
  alarmHistoryEvents.dispatchEvent(new Event('change'));
}

export function recordAlarm(alarm: HomeAlarm): void {
  const records = alarmHistory().filter((r) => r.key !== alarm.key);
  const { key, kind, name, areaName, at } = alarm;
  save([{ key, kind, name, areaName, at }, ...records]);
}

export function recordAcknowledged(key: string, at = Date.now()): void {
  save(alarmHistory().map((r) => (r.key === key ? { ...r, acknowledgedAt: at } : r)));
}
