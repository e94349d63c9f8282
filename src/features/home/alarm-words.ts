/**
 * What an alarm says, on screen and aloud: what happened, where, and what to
 * do first. Plain words for an elderly household.
 */
import { msg, str } from '@lit/localize';
import type { HomeAlarm } from '../../data/home/home-types.js';

export function alarmTitle(alarm: HomeAlarm): string {
  switch (alarm.kind) {
    case 'smoke':
      return msg('烟雾报警', { id: 'home.alarm.smoke' });
    case 'gas':
      return msg('燃气泄漏报警', { id: 'home.alarm.gas' });
    case 'co':
      return msg('一氧化碳报警', { id: 'home.alarm.co' });
    case 'moisture':
      return msg('漏水报警', { id: 'home.alarm.moisture' });
    case 'safety':
      return msg('安全报警', { id: 'home.alarm.safety' });
    case 'intrusion':
      return msg('入侵报警', { id: 'home.alarm.intrusion' });
    case 'doorbell':
      return msg('有人按门铃', { id: 'home.alarm.doorbell' });
  }
}

export function alarmAdvice(alarm: HomeAlarm): string {
  switch (alarm.kind) {
    case 'smoke':
      return msg('请立即查看是否着火。如有火情，马上离开房间并拨打 119。', {
        id: 'home.advice.smoke',
      });
    case 'gas':
    case 'co':
      return msg('请不要开关电器或点火，打开门窗通风，离开房间后拨打燃气公司电话或 119。', {
        id: 'home.advice.gas',
      });
    case 'moisture':
      return msg('请关掉水阀，检查漏水的地方。', { id: 'home.advice.moisture' });
    case 'safety':
      return msg('请马上查看发生了什么。', { id: 'home.advice.safety' });
    case 'intrusion':
      return msg('家里布防时有门窗被打开或有人活动。如不是家人，请拨打 110。', {
        id: 'home.advice.intrusion',
      });
    case 'doorbell':
      return msg('门口有访客。', { id: 'home.advice.doorbell' });
  }
}

/** "客厅 · 烟雾探测器" */
export function alarmPlace(alarm: HomeAlarm): string {
  const where = alarm.areaName;
  const what = alarm.name;
  return where ? msg(str`${where} · ${what}`, { id: 'home.alarm.place' }) : what;
}
