/**
 * A promise that resolves in a task of its own: the page can paint and take
 * input before the next step. Long start-up work is cut into such steps, so no
 * single task holds the page past DESIGN.md's 50 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
