/**
 * Runs in each unit test file that shares its worker with others
 * (vitest.config.ts): what a file leaves in the page's storage or body must not
 * reach the next file, as it could not when each file had a worker of its own.
 * A DOM environment's globals outlive its file there, so a file without one may
 * still find `localStorage`: it is emptied before every test, and a test that
 * needs storage across steps keeps them in one test.
 */
import { beforeEach } from 'vitest';

beforeEach(() => {
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  if (typeof document !== 'undefined') document.body.replaceChildren();
});
