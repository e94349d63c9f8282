/**
 * The speech bridge: what the screen shows, in words. An aria-live region is
 * always kept up to date (screen readers and tests read it); when read-aloud is
 * on, the same words are spoken with speechSynthesis or a platform TTS hook.
 */
export type Politeness = 'polite' | 'assertive';

/** A platform text-to-speech (e.g. a set-top box vendor API) can replace speechSynthesis. */
export type SpeakHook = (text: string, lang: string) => void;

export class SpeechBridge {
  readAloud = false;
  lang = 'zh-CN';
  private _regions: Record<Politeness, HTMLElement>;
  private _hook: SpeakHook | null = null;

  constructor(host: HTMLElement = document.body) {
    this._regions = {
      polite: this._region(host, 'polite'),
      assertive: this._region(host, 'assertive'),
    };
  }

  setSpeakHook(hook: SpeakHook | null): void {
    this._hook = hook;
  }

  /** Announce into the live region, and speak when read-aloud is on. */
  announce(text: string, politeness: Politeness = 'polite'): void {
    const region = this._regions[politeness];
    // Re-setting identical text is not re-announced; clear first.
    region.textContent = '';
    region.textContent = text;
    if (this.readAloud || politeness === 'assertive') this.speak(text);
  }

  speak(text: string): void {
    if (!text) return;
    if (this._hook) {
      this._hook(text, this.lang);
      return;
    }
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = this.lang;
    synth.speak(utterance);
  }

  private _region(host: HTMLElement, politeness: Politeness): HTMLElement {
    const region = document.createElement('div');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    region.dataset.speech = politeness;
    region.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    host.appendChild(region);
    return region;
  }
}

/** The accessible name a screen reader would read for an element, near enough. */
export function accessibleName(el: HTMLElement): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  return (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
}
