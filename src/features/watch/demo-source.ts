/** The demo backend's playlist and guide, unless the operator names a channel list. */
import type { DemoSource } from '../../app/demo-sources.js';
import { DEMO_ENDPOINTS } from '../../demo/endpoints.js';

export const demoSource: DemoSource = ({ channels }, at) => ({
  channels: channels ?? {
    playlistUrl: at(DEMO_ENDPOINTS.playlist),
    guideUrl: at(DEMO_ENDPOINTS.guide),
  },
});
