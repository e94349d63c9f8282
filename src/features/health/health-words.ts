/**
 * The words of the telehealth screens that more than one screen says: what
 * went wrong, times and days in the operator's zone, the cancel reasons.
 */
import { msg, str } from '@lit/localize';
import type { HealthError } from '../../data/health/health-error.js';
import type { Booking, CancelReasonCode } from '../../data/health/health-types.js';
import { getLocale } from '../../i18n/localization.js';
import { h23Clock } from '../../i18n/h23-clock.js';
import { formatDateTime } from '../../i18n/date-time-format.js';

export function errorText(error: HealthError): string {
  const server = error.issues.find((issue) => issue.text)?.text;
  switch (error.kind) {
    case 'offline':
      return msg('网络已断开。预约要用医院的实时号源，联网后再试。', {
        id: 'health.error.offline',
      });
    case 'unreachable':
      return msg('连不上医院的预约系统。请检查网络，稍后再试。', {
        id: 'health.error.unreachable',
      });
    case 'timeout':
      return msg('医院的预约系统很久没有回应。', { id: 'health.error.timeout' });
    case 'auth':
      return msg('医院的预约系统拒绝了本机的访问。请让运营商或家人检查配置。', {
        id: 'health.error.auth',
      });
    case 'server':
      return msg('医院的预约系统出了故障。', { id: 'health.error.server' });
    case 'conflict':
      return msg('这个时间刚刚被别人约走了。', { id: 'health.error.conflict' });
    case 'not-found':
      return msg('医院那边找不到这条记录了。', { id: 'health.error.notFound' });
    case 'invalid-response':
      return msg('医院的预约系统回了看不懂的内容。', { id: 'health.error.invalid' });
    case 'outcome':
      return server
        ? msg(str`医院的预约系统没有接受：${server}`, { id: 'health.error.outcome' })
        : msg('医院的预约系统没有接受这个请求。', { id: 'health.error.refused' });
  }
}

function format(ms: number, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return formatDateTime(ms, getLocale() === 'en' ? 'en-GB' : 'zh-CN', timeZone, options);
}

/** 09:30 */
export function timeText(ms: number, timeZone: string): string {
  return format(ms, timeZone, { hour: '2-digit', minute: '2-digit', ...h23Clock() });
}

/** 11月25日 周三 / Wed 25 Nov */
export function dayText(ms: number, timeZone: string): string {
  return format(ms, timeZone, { month: 'long', day: 'numeric', weekday: 'short' });
}

/** 11月25日 周三 09:30 */
export function whenText(ms: number, timeZone: string): string {
  return `${dayText(ms, timeZone)} ${timeText(ms, timeZone)}`;
}

/** Who and what: 王建国 · 全科 */
export function bookingTitle(booking: Booking): string {
  return [booking.doctorName, booking.serviceName].filter(Boolean).join(' · ');
}

export function statusText(booking: Booking): string {
  switch (booking.status) {
    case 'booked':
      return msg('已预约', { id: 'health.status.booked' });
    case 'cancelled':
      return msg('已取消', { id: 'health.status.cancelled' });
    case 'fulfilled':
      return msg('已就诊', { id: 'health.status.fulfilled' });
    case 'noshow':
      return msg('未到诊', { id: 'health.status.noshow' });
    case 'arrived':
    case 'checked-in':
      return msg('已签到', { id: 'health.status.arrived' });
    default:
      return msg('处理中', { id: 'health.status.pending' });
  }
}

export const CANCEL_REASONS: readonly CancelReasonCode[] = [
  'pat-fb',
  'pat',
  'pat-lt',
  'pat-ucp',
  'other',
];

/** A cancellation stopped because the hospital changed the appointment meanwhile. */
export function appointmentChangedText(): string {
  return msg('医院刚刚改动了这个预约，所以还没有取消。请看一下现在的安排，需要的话再取消一次。', {
    id: 'health.cancel.changed',
  });
}

export function cancelReasonText(code: CancelReasonCode): string {
  switch (code) {
    case 'pat-fb':
      return msg('身体好了，不用看了', { id: 'health.reason.better' });
    case 'pat':
      return msg('时间不合适', { id: 'health.reason.time' });
    case 'pat-lt':
      return msg('没人陪同或出行不便', { id: 'health.reason.transport' });
    case 'pat-ucp':
      return msg('想换一位医生', { id: 'health.reason.otherDoctor' });
    case 'other':
      return msg('其他原因', { id: 'health.reason.other' });
  }
}

/** Why the household wants to be seen: a short list, sent as text in reasonCode. */
export function visitReasons(): string[] {
  return [
    msg('复诊、开药', { id: 'health.visit.followUp' }),
    msg('新的不舒服', { id: 'health.visit.new' }),
    msg('看检查结果', { id: 'health.visit.results' }),
    msg('健康咨询', { id: 'health.visit.advice' }),
  ];
}
