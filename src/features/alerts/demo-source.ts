/** The demo CAP feed, unless the operator names the warning feeds. */
import type { DemoSource } from '../../app/demo-sources.js';
import { DEMO_ENDPOINTS } from '../../demo/endpoints.js';

export const demoSource: DemoSource = ({ alerts }, at) => ({
  alerts: alerts ?? {
    feedUrls: [at(DEMO_ENDPOINTS.alertsFeed)],
    pollSeconds: 60,
    includeTests: false,
  },
});
