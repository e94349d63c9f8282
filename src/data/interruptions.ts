/**
 * Something that must be heard takes over (a warning, an alarm): players pause
 * or mute while any interruption is active. The overlay begins and ends
 * interruptions; the watch area (Lightning video) listens for 'change'.
 */
const active = new Set<string>();
export const interruptionEvents = new EventTarget();

export function beginInterruption(id: string): void {
  if (active.has(id)) return;
  active.add(id);
  interruptionEvents.dispatchEvent(new Event('change'));
}

export function endInterruption(id: string): void {
  if (!active.delete(id)) return;
  interruptionEvents.dispatchEvent(new Event('change'));
}

export function isInterrupted(): boolean {
  return active.size > 0;
}
