/**
 * <hearth-home-dashboard>: the home by room. A line on top says whether the
 * hub is live, stale (connection lost: last known states, kept but marked) or
 * unreachable / refusing the token, in words. Under it the air and energy
 * readings, then one row of tiles per room. OK on a light, switch, fan or
 * curtain asks the hub at once and shows the expected state; a refusal rolls
 * the tile back and says why.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import { groupByArea } from '../../data/home/group-by-area.js';
import type { HomeConnection } from '../../data/home/home-connection.js';
import type { HomeEntity, HomeSnapshot } from '../../data/home/home-types.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { alarmHistory, alarmHistoryEvents } from './alarm-history.js';
import { alarmPlace, alarmTitle } from './alarm-words.js';
import { primaryAction } from './entity-action.js';
import { entityNeedsAttention, entityStateText } from './entity-text.js';
import { environmentReadings } from './environment-readings.js';
import { homeConnection } from './home-service.js';

@customElement('hearth-home-dashboard')
export class HearthHomeDashboard extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  @state() private _tick = 0;
  /** Entity id → the state shown while the hub has not answered yet. */
  @state() private _pending = new Map<string, string>();
  @state() private _problem = '';
  private _home: HomeConnection | null = null;
  private _onChange = () => this._tick++;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._home = homeConnection(this.config);
    this._home?.addEventListener('change', this._onChange);
    this._home?.addEventListener('status', this._onChange);
    alarmHistoryEvents.addEventListener('change', this._onChange);
  }

  override disconnectedCallback(): void {
    this._home?.removeEventListener('change', this._onChange);
    this._home?.removeEventListener('status', this._onChange);
    alarmHistoryEvents.removeEventListener('change', this._onChange);
    super.disconnectedCallback();
  }

  override render() {
    const snapshot = this._home?.snapshot;
    if (!snapshot) return nothing;
    const rooms = groupByArea(snapshot);
    const readings = environmentReadings(snapshot);
    return html`
      ${
        rooms.length === 0 && readings.length === 0
          ? // Nothing else to focus (no hub yet, a refused token): the message takes focus, so
            // the remote still has somewhere to be and a screen reader reads it.
            html`<p
              class="status ${snapshot.status} focusable"
              role="status"
              tabindex="-1"
              ${focusable({ key: 'status' })}
            >
              ${this._statusText(snapshot)}
            </p>`
          : html`<p class="status ${snapshot.status}" role="status">
              ${this._statusText(snapshot)}
            </p>`
      }
      ${this._problem ? html`<p class="problem" role="alert">${this._problem}</p>` : nothing}
      <div class="scroller" ${zone({ id: 'home.rooms', scroll: true })}>
        <section class="room">
          <div class="tiles">
            <button
              class="tile sos focusable"
              data-action="sos"
              ${focusable({ key: 'sos' })}
              @click=${() => window.dispatchEvent(new Event('hearth-sos'))}
            >
              <span class="value">${msg('一键求助', { id: 'home.sos.tile' })}</span>
              <span class="name"
                >${msg('也可以在任何画面长按红色键', { id: 'home.sos.hint' })}</span
              >
            </button>
          </div>
        </section>
        ${
          readings.length
            ? html`<section class="room">
                <h2>${msg('空气和用电', { id: 'home.environment' })}</h2>
                <div class="tiles">
                  ${readings.map(
                    (r) =>
                      html`<div
                        class="tile reading focusable"
                        tabindex="-1"
                        data-entity=${r.entity.id}
                        ${focusable({ key: `reading:${r.entity.id}` })}
                      >
                        <span class="name">${r.label}</span>
                        <span class="value">${entityStateText(r.entity)}</span>
                      </div>`,
                  )}
                </div>
              </section>`
            : nothing
        }
        ${rooms.map(
          (room) =>
            html`<section class="room">
              <h2>${room.area?.name ?? msg('其他', { id: 'home.noArea' })}</h2>
              <div class="tiles">${room.entities.map((e) => this._tile(e, snapshot))}</div>
            </section>`,
        )}
        ${this._history()}
      </div>
    `;
  }

  private _tile(entity: HomeEntity, snapshot: HomeSnapshot) {
    const pending = this._pending.get(entity.id);
    const shown = pending ? { ...entity, state: pending } : entity;
    const action = primaryAction(entity);
    const stale = snapshot.status !== 'live';
    const text = entityStateText(shown);
    return html`<button
      class="tile focusable ${entityNeedsAttention(shown) ? 'attention' : ''} ${stale ? 'stale' : ''}"
      data-entity=${entity.id}
      aria-label=${`${entity.name}, ${text}`}
      aria-disabled=${action && !stale ? 'false' : 'true'}
      ${focusable({ key: entity.id })}
      @click=${() => void this._act(entity)}
    >
      <span class="name">${entity.name}</span>
      <span class="value">${text}</span>
    </button>`;
  }

  /** What went off recently, so the household can see it afterwards. */
  private _history() {
    const records = alarmHistory().slice(0, 10);
    if (records.length === 0) return nothing;
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: this.config.timeZone,
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return html`<section class="room">
      <h2>${msg('报警记录', { id: 'home.history' })}</h2>
      <ul class="history">
        ${records.map((r) => {
          const alarm = { ...r, entityId: '', critical: r.kind !== 'doorbell' };
          return html`<li
            class="focusable"
            tabindex="-1"
            data-alarm=${r.key}
            ${focusable({ key: `history:${r.key}` })}
          >
            <strong>${time.format(r.at)}</strong> ${alarmTitle(alarm)} · ${alarmPlace(alarm)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private _statusText(snapshot: HomeSnapshot): string {
    switch (snapshot.status) {
      case 'live':
        return msg('已连接家庭中枢，状态实时更新。', { id: 'home.live' });
      case 'connecting':
        return msg('正在连接家庭中枢…', { id: 'home.connecting' });
      case 'stale': {
        const since = new Intl.DateTimeFormat('en-GB', {
          timeZone: this.config.timeZone,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
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

  private async _act(entity: HomeEntity): Promise<void> {
    const home = this._home;
    const action = primaryAction(entity);
    if (!home || !action) return;
    if (home.snapshot.status !== 'live') {
      this._say(msg('现在连不上家庭中枢，稍后再试。', { id: 'home.notNow' }));
      return;
    }
    this._pending = new Map(this._pending).set(entity.id, action.expected);
    speechBridge().announce(
      `${entity.name}, ${entityStateText({ ...entity, state: action.expected })}`,
    );
    try {
      await home.callService(action.domain, action.service, undefined, { entity_id: entity.id });
      this._problem = '';
    } catch (error) {
      console.warn('[hearth:home] service refused', error);
      const name = entity.name;
      this._say(msg(str`${name} 没有响应，状态已恢复。`, { id: 'home.refused' }));
    } finally {
      const pending = new Map(this._pending);
      pending.delete(entity.id);
      this._pending = pending;
    }
  }

  private _say(text: string): void {
    this._problem = text;
    speechBridge().announce(text, 'assertive');
  }

  static override styles = [
    focusStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        font-size: ${scaled(30)};
      }
      .status {
        margin: 0 0 12px;
        color: var(--hearth-muted, #bbb);
      }
      .status.stale,
      .status.unreachable,
      .status.auth-failed,
      .problem {
        color: #ffd27a;
        font-weight: bold;
      }
      .problem {
        margin: 0 0 12px;
      }
      .scroller {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        padding: 8px 12px 24px;
        scroll-padding: 24px;
      }
      h2 {
        margin: 16px 0 12px;
        font-size: ${scaled(34)};
      }
      .tiles {
        display: grid;
        grid-template-columns: repeat(4, 1fr);
        gap: 20px;
      }
      .tile {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 8px;
        min-height: 130px;
        padding: 20px 24px;
        border: none;
        border-radius: 18px;
        background: var(--hearth-surface, #1f252c);
        color: inherit;
        font: inherit;
        text-align: left;
      }
      .history {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .history li {
        padding: 16px 24px;
        border-radius: 14px;
        background: var(--hearth-surface, #1f252c);
      }
      .tile.sos {
        background: #7a1d1d;
      }
      .tile.attention {
        background: #7a1d1d;
      }
      .tile.stale {
        opacity: 0.6;
      }
      .name {
        font-size: ${scaled(28)};
        color: var(--hearth-muted, #bbb);
      }
      .value {
        font-size: ${scaled(34)};
        font-weight: bold;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home-dashboard': HearthHomeDashboard;
  }
}
