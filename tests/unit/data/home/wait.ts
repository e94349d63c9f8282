/** Waiting on events and conditions in the Home Assistant tests, with a timeout that names what was awaited. */

export function nextEvent<T extends Event>(
  target: EventTarget,
  type: string,
  accept: (event: T) => boolean = () => true,
  timeoutMs = 3_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`no matching '${type}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: Event): void => {
      if (!accept(event as T)) return;
      clearTimeout(timer);
      target.removeEventListener(type, listener);
      resolve(event as T);
    };
    target.addEventListener(type, listener);
  });
}

export async function until(
  condition: () => boolean,
  what: string,
  timeoutMs = 3_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
