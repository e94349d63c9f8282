/** The dashboard's first line: where the link to the hub stands, in words. */
import { msg, str } from '@lit/localize';
import type { HomeSnapshot } from '../../data/home/home-types.js';
import { h23Clock } from '../../i18n/h23-clock.js';

export function statusText(snapshot: HomeSnapshot, timeZone: string): string {
  switch (snapshot.status) {
    case 'live':
      return msg('已连接家庭中枢，状态实时更新。', { id: 'home.live' });
    case 'connecting':
      return msg('正在连接家庭中枢…', { id: 'home.connecting' });
    case 'stale': {
      const since = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        ...h23Clock(),
      }).format(snapshot.staleSince ?? Date.now());
      return msg(str`和家庭中枢的连接断了。下面是 ${since} 的状态，可能已经变化；正在重新连接…`, {
        id: 'home.stale',
      });
    }
    case 'auth-failed':
      return msg('家庭中枢拒绝了访问令牌。请让运营商或家人更新配置中的令牌。', {
        id: 'home.authFailed',
      });
    case 'unreachable':
      return msg('连不上家庭中枢。请检查它是否通电、网络是否正常；正在重试…', {
        id: 'home.unreachable',
      });
  }
}
