/**
 * What live TV says when the channel list could not be loaded: the cause in
 * words a household can act on (wait, check the network, call the operator).
 */
import { msg, str } from '@lit/localize';
import { ChannelListError } from '../../data/channels/load-channel-list.js';

export function describeListError(error: unknown): string {
  if (error instanceof ChannelListError) {
    switch (error.problem) {
      case 'empty':
        return msg('频道列表里没有能播放的频道。请联系运营商。', { id: 'watch.listEmpty' });
      case 'http': {
        const status = String(error.status ?? '');
        return msg(str`服务器拒绝了请求（${status}）。请稍后再试。`, { id: 'watch.listHttp' });
      }
      case 'timeout':
        return msg('服务器太久没有回应。请检查网络后再试。', { id: 'watch.listTimeout' });
      case 'unreachable':
        return msg('连不上服务器。请检查网络后再试。', { id: 'watch.listUnreachable' });
      case 'too-large':
        return msg('频道列表太大，这台电视载入不了。请联系运营商。', { id: 'watch.listTooLarge' });
    }
  }
  return msg('频道列表读不出来。请联系运营商。', { id: 'watch.listUnreadable' });
}
