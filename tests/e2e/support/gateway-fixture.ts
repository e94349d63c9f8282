/**
 * The e2e fixtures plus `gateway`: a loopback government gateway that counts
 * and stores submissions (counting-server.ts), fresh for each test.
 */
import { test as base } from './fixtures.js';
import { startCountingServer, type CountingServer } from './counting-server.js';

export { expect } from './fixtures.js';

export const test = base.extend<{ gateway: CountingServer }>({
  // Playwright reads a fixture's dependencies from this pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  gateway: async ({}, use) => {
    const gateway = await startCountingServer();
    await use(gateway);
    await gateway.stop();
  },
});
