/** The demo flat's Home Assistant, unless the operator names the household's own. */
import type { DemoSource } from '../../app/demo-sources.js';
import { DEMO_ENDPOINTS, DEMO_HOME_ASSISTANT_TOKEN } from '../../demo/endpoints.js';

export const demoSource: DemoSource = ({ home }, at) => ({
  home: home ?? {
    url: at(DEMO_ENDPOINTS.homeAssistant),
    token: DEMO_HOME_ASSISTANT_TOKEN,
    // The demo flat's script tells the family and lights the hall.
    sos: { service: 'script.sos_call', holdSeconds: 2 },
  },
});
