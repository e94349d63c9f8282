/** What the PIN screens say after a try, shared by unlocking and changing the PIN. */
import { msg, str } from '@lit/localize';
import type { UnlockResult } from '../../data/household-pin/pin-lock.js';

export function waitWords(waitUntil: number, now = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((waitUntil - now) / 1000));
  if (seconds <= 90) {
    return msg(str`错误次数太多，请 ${seconds} 秒后再试`, { id: 'pin.waitSeconds' });
  }
  const minutes = Math.ceil(seconds / 60);
  return msg(str`错误次数太多，请 ${minutes} 分钟后再试`, { id: 'pin.waitMinutes' });
}

/** The message for a refused try, or '' when the try was right. */
export function refusalWords(result: UnlockResult): string {
  if (result.ok) return '';
  switch (result.reason) {
    case 'wrong':
      if (result.waitUntil > 0) return waitWords(result.waitUntil);
      return msg(str`密码不对，还可以再试 ${result.triesLeft} 次`, { id: 'pin.wrong' });
    case 'wait':
      return waitWords(result.waitUntil);
    case 'no-pin':
      return msg('还没有设置家庭密码', { id: 'pin.noPin' });
  }
}
