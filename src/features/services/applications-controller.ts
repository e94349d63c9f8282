/**
 * "My applications" for the services screen: the list (sealed on this TV),
 * queued ones turned into submitted ones as the outbox delivers them, and
 * their statuses asked for when the page opens and on "refresh".
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { listOutbox, watchOutbox } from '../../data/outbox/outbox-client.js';
import type { Application } from '../../data/services/application-types.js';
import type { Catalog } from '../../data/services/catalog-types.js';
import {
  collectDeliveredApplications,
  listApplications,
  refreshStatus,
} from '../../data/services/follow-applications.js';
import './applications-view.js';

/** When the outbox will next try each item it holds, by id. */
async function nextTries(): Promise<Map<string, number>> {
  try {
    const items = await listOutbox();
    return new Map(
      items.flatMap((item) => (item.dueAt === null ? [] : [[item.id, item.dueAt] as const])),
    );
  } catch (error) {
    console.warn('[hearth:services] could not read the outbox', error);
    return new Map();
  }
}

const newestFirst = (a: Application, b: Application) => b.submittedAt.localeCompare(a.submittedAt);

export class ApplicationsController implements ReactiveController {
  private _catalog: Catalog | null = null;
  private _list: Application[] = [];
  private _justSent = '';
  private _nextTries: ReadonlyMap<string, number> = new Map();
  private _refreshing = false;
  private _stopWatching: (() => void) | null = null;
  private _onOnline = () => void this._collect();

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (this._catalog) this._follow();
  }

  hostDisconnected(): void {
    this._stopWatching?.();
    this._stopWatching = null;
    window.removeEventListener('online', this._onOnline);
  }

  start(catalog: Catalog): void {
    this._catalog = catalog;
    this._follow();
    void this._collect();
  }

  /** After a send: the list again, with `justSent` shown as the receipt. */
  async reload(justSent = ''): Promise<void> {
    this._justSent = justSent;
    // This catalogue's applications only (社区 and 电视办 share the store).
    const ids = new Set((this._catalog?.services ?? []).map((s) => s.id));
    this._list = (await listApplications())
      .filter((application) => ids.has(application.serviceId))
      .sort(newestFirst);
    this._nextTries = await nextTries();
    this._host.requestUpdate();
  }

  render(titles: ReadonlyMap<string, string>, timeZone: string) {
    return html`<hearth-service-applications
      .applications=${this._list}
      .titles=${titles}
      just-sent=${this._justSent}
      ?refreshing=${this._refreshing}
      timeZone=${timeZone}
      .nextTries=${this._nextTries}
      @applications-refresh=${() => void this.refresh()}
    ></hearth-service-applications>`;
  }

  /** Asks the gateway where each application with a receipt stands. */
  async refresh(): Promise<void> {
    if (this._refreshing) return;
    this._refreshing = true;
    this._host.requestUpdate();
    try {
      await this._collect();
      for (const application of this._list) {
        if (application.state === 'submitted' && application.statusUrl) {
          await refreshStatus(application);
        }
      }
      await this.reload(this._justSent);
    } finally {
      this._refreshing = false;
      this._host.requestUpdate();
    }
  }

  private _follow(): void {
    if (this._stopWatching) return;
    this._stopWatching = watchOutbox(() => void this._collect());
    window.addEventListener('online', this._onOnline);
  }

  private async _collect(): Promise<void> {
    if (!this._catalog) return;
    try {
      await collectDeliveredApplications(this._catalog);
    } catch (error) {
      console.warn('[hearth:services] could not collect delivered applications', error);
    }
    await this.reload(this._justSent);
  }
}
