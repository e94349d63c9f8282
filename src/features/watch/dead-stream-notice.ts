/**
 * What live TV says when a channel's stream does not play: a format this TV
 * cannot decode (trying again cannot help, so only the next channel is
 * offered), or a stream that did not arrive (the next channel, or 再试一次).
 */
import { msg, str } from '@lit/localize';
import type { Notice } from './lightning/notice-panel.js';
import type { DeadReason } from './live-player.js';

export function deadStreamNotice(
  name: string,
  reason: DeadReason,
  next: { name: string; tune: () => void },
  retry: () => void,
): Notice {
  const nextChoice = {
    label: msg(str`看下一个频道：${next.name}`, { id: 'watch.nextChannel' }),
    run: next.tune,
  };
  if (reason === 'unsupported') {
    return {
      title: msg(str`这台电视播放不了 ${name}`, { id: 'watch.unsupportedTitle' }),
      body: msg(
        '这个频道的节目格式，这台电视或机顶盒解不开。其他频道可以照常观看；如果一直这样，请联系运营商。',
        { id: 'watch.unsupportedBody' },
      ),
      choices: [nextChoice],
    };
  }
  return {
    title: msg(str`${name} 暂时无法播放`, { id: 'watch.deadTitle' }),
    body: msg('这个频道的信号没有送到。可能是线路或节目源出了问题，请稍后再试。', {
      id: 'watch.deadBody',
    }),
    choices: [nextChoice, { label: msg('再试一次', { id: 'watch.retry' }), run: retry }],
  };
}
