/**
 * Keeps the outbox moving while the page is open: a replay when the network
 * comes back, at start, and when the next backed-off item falls due (a
 * service worker has no reliable timers of its own).
 */
import { listOutbox, requestReplay, watchOutbox } from './outbox-client.js';

export function startOutboxScheduler(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = async () => {
    clearTimeout(timer);
    // Offline, nothing can go: 'online' asks for the replay.
    if (!navigator.onLine) return;
    const items = await listOutbox().catch(() => []);
    // Items left 'sending' by a try that was cut off count too: nothing else wakes them.
    const due = items.flatMap((i) => (i.dueAt === null ? [] : [i.dueAt]));
    if (due.length === 0) return;
    const wait = Math.max(0, Math.min(...due) - Date.now()) + 250;
    timer = setTimeout(requestReplay, wait);
  };
  const onOnline = () => requestReplay();
  window.addEventListener('online', onOnline);
  const stopWatching = watchOutbox(() => void schedule());
  requestReplay();
  void schedule();
  return () => {
    clearTimeout(timer);
    window.removeEventListener('online', onOnline);
    stopWatching();
  };
}
