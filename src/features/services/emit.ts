/** The services views tell their screen what the household chose with composed events. */
export function emit(from: HTMLElement, type: string, detail: unknown = null): void {
  from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
