/**
 * What the channel banner shows for the channel playing: its number and name,
 * the programme now with how far it has run, the next one, and short tags
 * (muted, replay, radio, favourite). A replay shows the programme replayed and
 * no progress, since the live clock says nothing about it.
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import { displayNumber } from './channel-number.js';
import type { GuideModel } from './guide-model.js';
import type { BannerInfo } from './lightning/banner.js';
import { lockedCaption, lockedTitle, ratedCaption } from './locked-channel.js';

export interface BannerFacts {
  index: number;
  /** The programme being replayed, when it is a replay. */
  catchup?: Programme;
  /** Sound was refused before a key press: the banner says how to turn it on. */
  mutedHint: boolean;
  favourite: boolean;
  /**
   * The channel is locked (频道锁): its own lock or its group's, or the programme
   * on by its rating. Nothing of what it shows is told.
   */
  locked?: 'channel' | 'rated';
  /** The sound chosen and the subtitles shown (track-choice.ts). */
  tracks?: readonly string[];
}

export function bannerInfo(
  channels: readonly Channel[],
  view: GuideModel,
  facts: BannerFacts,
  now: number,
): BannerInfo {
  const channel = channels[facts.index];
  if (facts.locked) {
    return {
      number: String(displayNumber(channels, facts.index)),
      name: channel?.name ?? '',
      nowLine: facts.locked === 'channel' ? lockedCaption() : ratedCaption(),
      progress: undefined,
      nextLine: '',
      tags: [lockedTitle()],
    };
  }
  const span = (p: Programme) => `${view.clock(p.start)}–${view.clock(p.stop)}  ${p.title}`;
  const tags: string[] = [];
  if (facts.mutedHint) tags.push(msg('静音中，按任意键开声音', { id: 'watch.mutedTag' }));
  if (facts.catchup) tags.push(msg('回看', { id: 'watch.replayTag' }));
  if (channel?.radio) tags.push(msg('广播', { id: 'watch.radioTag' }));
  if (facts.favourite) tags.push(msg('已收藏', { id: 'watch.favouriteTag' }));
  tags.push(...(facts.tracks ?? []));
  const known = facts.catchup
    ? { now: facts.catchup, next: undefined }
    : view.nowNext(facts.index, now);
  const texts = view.texts();
  const nowLine = known?.now
    ? span(known.now)
    : view.state === 'loading' || known === undefined
      ? texts.loading
      : texts.noGuide;
  const progress =
    known?.now && !facts.catchup
      ? (now - known.now.start) / (known.now.stop - known.now.start)
      : undefined;
  return {
    number: String(displayNumber(channels, facts.index)),
    name: channel?.name ?? '',
    nowLine,
    progress,
    nextLine: known?.next ? msg(str`接下来 ${span(known.next)}`, { id: 'watch.next' }) : '',
    tags,
  };
}
