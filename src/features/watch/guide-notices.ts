/**
 * What live TV tells the household when the guide cannot do what was asked:
 * a programme with no replay, or a grid that was not ready in time.
 */
import { msg } from '@lit/localize';
import type { Notice } from './lightning/notice-panel.js';

const ok = () => [{ label: msg('好的', { id: 'watch.ok' }), run: () => undefined }];

export function noReplayNotice(): Notice {
  return {
    title: msg('这个节目不能回看', { id: 'watch.noReplayTitle' }),
    body: msg('这个频道没有提供这段时间的回看。', { id: 'watch.noReplayBody' }),
    choices: ok(),
  };
}

export function gridNotShownNotice(): Notice {
  return {
    title: msg('节目单暂时无法显示', { id: 'watch.gridNotShownTitle' }),
    body: msg('节目单没能及时准备好。正在播放的节目不受影响，请稍后再打开节目指南。', {
      id: 'watch.gridNotShownBody',
    }),
    choices: ok(),
  };
}
