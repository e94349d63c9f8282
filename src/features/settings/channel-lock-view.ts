/**
 * Settings → 频道锁: the household locks channels, or whole groups of the
 * operator's playlist, behind its PIN (the route is behind the PIN too). Each
 * row says whether it is locked; OK changes it at once. A channel locked by its
 * group says so, and can be locked on its own as well. Above them, 按节目分级:
 * the age from which programmes the guide rates are locked while they air.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import { channelLocks, RATING_AGES } from '../../data/channel-lock/channel-locks.js';
import type { Channel } from '../../data/channels/channel-types.js';
import { loadChannelList } from '../../data/channels/load-channel-list.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { buttonStyles } from '../../ui/button-styles.js';
import '../../ui/choice-row.js';
import type { HearthEvent } from '../../ui/hearth-events.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; channels: Channel[]; groups: string[] };

@customElement('hearth-channel-lock-settings')
export class HearthChannelLockSettings extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  @state() private _loaded: Loaded = { kind: 'loading' };
  private readonly _locks = channelLocks();
  private readonly _follow = new StoreChangeController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  override render() {
    this._follow.follow(this._locks);
    const loaded = this._loaded;
    return html`
      <p class="intro">
        ${msg('加锁的频道要输入家庭密码才能看，节目名称也不显示。输入一次，4 小时内有效。', {
          id: 'channelLock.intro',
        })}
      </p>
      ${this._ratingRow()}
      ${
        loaded.kind === 'loading'
          ? html`<p class="status" role="status">
              ${msg('正在载入频道…', { id: 'watch.loading' })}
            </p>`
          : nothing
      }
      ${
        loaded.kind === 'failed'
          ? html`<p class="status" role="alert">
              ${msg('频道列表没能载入，请稍后再试。', { id: 'channelLock.failed' })}
            </p>`
          : nothing
      }
      ${loaded.kind === 'ready' ? this._lists(loaded.channels, loaded.groups) : nothing}
    `;
  }

  /** 按节目分级: off, or the age from which rated programmes are locked. */
  private _ratingRow() {
    const age = this._locks.ratingAge;
    return html`<hearth-choice-row
        row-id="channelLock.rating"
        label=${msg('按节目分级', { id: 'channelLock.rating' })}
        .choices=${[
          { value: 'off', label: msg('关', { id: 'settings.off' }) },
          ...RATING_AGES.map((limit) => ({
            value: String(limit),
            label: msg(str`${limit} 岁以上`, { id: 'channelLock.ratingAge' }),
          })),
        ]}
        value=${age === null ? 'off' : String(age)}
        @hearth-choice=${(e: HearthEvent<'hearth-choice'>) => this._chooseRating(e.detail.value)}
      ></hearth-choice-row>
      <p class="note">
        ${msg('节目单标有分级的节目，分级达到这个年龄的，播出时也要输入家庭密码。', {
          id: 'channelLock.ratingNote',
        })}
      </p>`;
  }

  private _chooseRating(value: string): void {
    const age = RATING_AGES.find((limit) => String(limit) === value) ?? null;
    this._locks.setRatingAge(age);
    speechBridge().announce(
      age === null
        ? msg('不按节目分级加锁', { id: 'channelLock.ratingOff' })
        : msg(str`分级 ${age} 岁以上的节目已加锁`, { id: 'channelLock.ratingOn' }),
    );
  }

  private _lists(channels: Channel[], groups: string[]) {
    const locked = msg('已加锁', { id: 'watch.lockedTitle' });
    const open = msg('未加锁', { id: 'channelLock.open' });
    return html`<div class="lists" ${zone({ id: 'channelLock', scroll: true })}>
      ${
        groups.length > 0
          ? html`<h2>${msg('按分组', { id: 'channelLock.groups' })}</h2>
              ${groups.map((group) => {
                const on = this._locks.groupLocked(group);
                return this._row(`group:${group}`, group, on ? locked : open, on, () =>
                  this._toggle(group, !on, (g, l) => this._locks.setGroup(g, l)),
                );
              })}`
          : nothing
      }
      <h2>${msg('按频道', { id: 'channelLock.channels' })}</h2>
      ${channels.map((channel, index) => {
        const own = this._locks.channelLocked(channel.key);
        const state = own
          ? locked
          : this._locks.isSetFor(channel)
            ? msg('随分组加锁', { id: 'channelLock.byGroup' })
            : open;
        const name = `${channel.number ?? index + 1} ${channel.name}`;
        return this._row(`channel:${channel.key}`, name, state, own, () =>
          this._toggle(channel.name, !own, () => this._locks.setChannel(channel.key, !own)),
        );
      })}
    </div>`;
  }

  private _row(key: string, name: string, state: string, pressed: boolean, run: () => void) {
    return html`<button
      class="button focusable row"
      aria-pressed=${String(pressed)}
      data-lock=${key}
      ${focusable({ key, autofocus: this._firstRow(key) })}
      @click=${run}
    >
      <span class="name">${name}</span><span class="state">${state}</span>
    </button>`;
  }

  /** The list's first row takes focus when the list arrives. */
  private _firstRow(key: string): boolean {
    const loaded = this._loaded;
    if (loaded.kind !== 'ready') return false;
    const first = loaded.groups[0];
    return first !== undefined
      ? key === `group:${first}`
      : key === `channel:${loaded.channels[0]?.key ?? ''}`;
  }

  private _toggle(name: string, lock: boolean, apply: (name: string, lock: boolean) => void): void {
    apply(name, lock);
    speechBridge().announce(
      lock
        ? msg(str`${name} 已加锁`, { id: 'channelLock.locked' })
        : msg(str`${name} 已解锁`, { id: 'channelLock.unlocked' }),
    );
  }

  private async _load(): Promise<void> {
    const source = this.config.sources.channels;
    if (!source) {
      this._loaded = { kind: 'failed' };
      return;
    }
    try {
      await backendReady();
      const list = await loadChannelList(source.playlistUrl);
      const groups = [...new Set(list.channels.flatMap((channel) => channel.groups))];
      this._loaded = { kind: 'ready', channels: list.channels, groups };
    } catch (error) {
      console.warn('[hearth:channel-lock] channel list', error);
      this._loaded = { kind: 'failed' };
    }
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      .intro,
      .status {
        max-width: 1500px;
        margin: 0 0 24px;
        font-size: ${scaled(32)};
        line-height: 1.5;
      }
      .lists {
        max-width: 1200px;
      }
      hearth-choice-row {
        max-width: 1500px;
      }
      .note {
        max-width: 1500px;
        margin: 12px 0 0;
        font-size: ${scaled(28)};
        color: var(--hearth-muted, #bbb);
      }
      h2 {
        margin: 24px 0 12px;
        font-size: ${scaled(34)};
        color: var(--hearth-muted, #bbb);
      }
      .row {
        display: flex;
        justify-content: space-between;
        width: 100%;
        margin-bottom: 12px;
        border-radius: 20px;
        text-align: left;
      }
      .state {
        margin-left: 40px;
        color: inherit;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-channel-lock-settings': HearthChannelLockSettings;
  }
}
