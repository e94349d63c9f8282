/**
 * Bench page: a CAP feed of 500 alerts (an Atom index plus 500 bilingual CAP
 * 1.2 documents with polygons and geocodes, made by the demo backend's own
 * writer), parsed and area-matched by Hearth's alert layer in the browser.
 * `window.capBench.run()` returns the time of one full pass.
 */
import { ALERT_KINDS } from '../src/demo/alerts/alert-kinds.js';
import { atomFeed } from '../src/demo/alerts/atom-feed.js';
import { capXml } from '../src/demo/alerts/cap-xml.js';
import type { CapMessage } from '../src/demo/alerts/cap-message.js';
import { SEVERITIES } from '../src/demo/alerts/severity-levels.js';
import { alertCovers } from '../src/data/alerts/area-match.js';
import { parseCap } from '../src/data/alerts/parse-cap.js';
import { parseAlertIndex } from '../src/data/alerts/parse-index-feed.js';

const COUNT = 500;
const now = Date.now();
const messages: CapMessage[] = Array.from({ length: COUNT }, (_, i) => ({
  identifier: `bench-${i}`,
  sent: now - i * 60_000,
  msgType: 'Alert',
  references: [],
  kind: ALERT_KINDS[i % ALERT_KINDS.length] ?? 'rainstorm',
  severity: SEVERITIES[i % SEVERITIES.length] ?? 'Moderate',
  effective: now - i * 60_000,
  expires: now + 3600_000,
}));
const index = atomFeed(messages, now);
const documents = messages.map(capXml);
const bytes = documents.reduce((n, d) => n + d.length, index.length);
const home = { regionCode: '110105', lat: 39.93, lon: 116.45 };

declare global {
  interface Window {
    capBench?: { count: number; bytes: number; run(): { ms: number; covering: number } };
  }
}

window.capBench = {
  count: COUNT,
  bytes,
  run() {
    const start = performance.now();
    const links = parseAlertIndex(index);
    let covering = 0;
    for (let i = 0; i < links.length; i++) {
      const alert = parseCap(documents[i] ?? '');
      if (alert.infos.some((info) => alertCovers(info, home))) covering++;
    }
    return { ms: performance.now() - start, covering };
  },
};
