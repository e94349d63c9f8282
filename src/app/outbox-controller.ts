/**
 * Keeps a host element's copy of the outbox current: reads it on connect,
 * re-reads on every change (from any page or the worker), stops on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutboxItemView } from '../data/outbox/outbox-record.js';
import { listOutbox, watchOutbox } from '../data/outbox/outbox-client.js';

export class OutboxController implements ReactiveController {
  /** null until first read. */
  items: OutboxItemView[] | null = null;
  private _stop: (() => void) | null = null;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._stop = watchOutbox(() => void this._refresh());
    void this._refresh();
  }

  hostDisconnected(): void {
    this._stop?.();
    this._stop = null;
  }

  private async _refresh(): Promise<void> {
    try {
      this.items = await listOutbox();
      this._host.requestUpdate();
    } catch (error) {
      console.warn('[hearth:outbox] cannot read the outbox', error);
    }
  }
}
