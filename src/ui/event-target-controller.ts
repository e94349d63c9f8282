/**
 * Re-render a host whenever an EventTarget-based store fires `change`,
 * subscribing on connect and unsubscribing on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class StoreChangeController implements ReactiveController {
  private _target: EventTarget | null = null;
  private _onChange = () => this._host.requestUpdate();

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  /** Follow a (new) store; safe to call on every render. */
  follow(target: EventTarget | undefined): void {
    if (target === this._target) return;
    this._target?.removeEventListener('change', this._onChange);
    this._target = target ?? null;
    this._target?.addEventListener('change', this._onChange);
  }

  hostConnected(): void {
    this._target?.addEventListener('change', this._onChange);
  }

  hostDisconnected(): void {
    this._target?.removeEventListener('change', this._onChange);
  }
}
