/**
 * <hearth-home-camera-picture>: a camera's latest snapshot, fetched from the
 * hub with the token in a header (HomeConnection.fetchPicture) and shown
 * through an object URL, so neither the long-lived token nor the camera's own
 * token is ever in an `src`. It refreshes every 10 s while it is on screen and
 * the page is visible, and not at all otherwise.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { HomeConnection } from '../../data/home/home-connection.js';
import { homePictureUrl } from '../../data/home/home-picture.js';

export const CAMERA_REFRESH_MS = 10_000;

@customElement('hearth-home-camera-picture')
export class HearthHomeCameraPicture extends LitElement {
  @property({ attribute: false }) home: HomeConnection | null = null;
  /** The camera's `entity_picture`. */
  @property({ attribute: false }) picture: unknown = undefined;
  /** The camera's name, for the picture's text alternative. */
  @property() name = '';

  @state() private _src = '';
  @state() private _failed = false;
  private _visible = false;
  private _timer: ReturnType<typeof setTimeout> | null = null;
  private _abort: AbortController | null = null;
  private _observer: IntersectionObserver | null = null;
  /** The picture's path without its token: a new token alone is not a new picture. */
  private _path = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    if (typeof IntersectionObserver === 'function') {
      this._observer = new IntersectionObserver((entries) => {
        this._visible = entries.some((entry) => entry.isIntersecting);
        this._reschedule(0);
      });
      this._observer.observe(this);
    } else {
      this._visible = true;
      this._reschedule(0);
    }
  }

  override disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._observer?.disconnect();
    this._observer = null;
    this._stop();
    if (this._src) URL.revokeObjectURL(this._src);
    this._src = '';
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('picture') || changed.has('home')) {
      const path = this._pathOf();
      if (path !== this._path) {
        this._path = path;
        this._reschedule(0);
      }
    }
  }

  override render() {
    if (this._src) {
      return html`<img src=${this._src} alt=${this.name} />`;
    }
    return html`<div class="empty">
      ${
        this._failed
          ? msg('暂时看不到画面', { id: 'home.cameraFailed' })
          : this._path
            ? msg('正在取画面…', { id: 'home.cameraLoading' })
            : nothing
      }
    </div>`;
  }

  private _pathOf(): string {
    const home = this.home;
    if (!home || typeof this.picture !== 'string' || this.picture === '') return '';
    // Only the path and query matter for "is it the same picture"; the hub's origin is fixed.
    const url = homePictureUrl('http://hub', this.picture);
    return url ? `${url.pathname}${url.search}` : this.picture;
  }

  private _onVisibility = () => this._reschedule(0);

  private _stop(): void {
    if (this._timer !== null) clearTimeout(this._timer);
    this._timer = null;
    this._abort?.abort();
    this._abort = null;
  }

  /** Fetch after `delay` if the picture is on screen, else wait until it is. */
  private _reschedule(delay: number): void {
    this._stop();
    if (!this.isConnected || !this._visible || document.visibilityState !== 'visible') return;
    if (!this._path) return;
    this._timer = setTimeout(() => void this._load(), delay);
  }

  private async _load(): Promise<void> {
    const home = this.home;
    const picture = this.picture;
    if (!home || typeof picture !== 'string') return;
    const abort = new AbortController();
    this._abort = abort;
    try {
      const blob = await home.fetchPicture(picture, abort.signal);
      if (abort.signal.aborted) return;
      const previous = this._src;
      this._src = URL.createObjectURL(blob);
      this._failed = false;
      if (previous) URL.revokeObjectURL(previous);
    } catch {
      if (abort.signal.aborted) return;
      // The last picture stays (it says when it was from by staying still); words only without one.
      this._failed = true;
    }
    if (this._abort === abort) this._abort = null;
    this._reschedule(CAMERA_REFRESH_MS);
  }

  static override styles = css`
    /* 16:9 by padding (aspect-ratio is Chromium 88+): the picture fills that box. */
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: 0;
      padding-top: 56.25%;
      border-radius: 12px;
      overflow: hidden;
      background: #0c0f12;
    }
    img,
    .empty {
      position: absolute;
      top: 0;
      left: 0;
      width: 100%;
      height: 100%;
    }
    img {
      display: block;
      object-fit: cover;
    }
    .empty {
      display: flex;
      align-items: center;
      justify-content: center;
      color: var(--hearth-muted, #bbb);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home-camera-picture': HearthHomeCameraPicture;
  }
}
