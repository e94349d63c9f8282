/**
 * Where the embedded demo backend answers, on the portal's own origin. The demo
 * build points every source the operator config leaves out at these paths; the
 * msw handlers in src/demo/ serve them (inside the service worker for the demo
 * build, through msw/vite for the dev server, through msw/node in unit tests).
 */
export const DEMO_BASE = '/demo-api';

export const DEMO_ENDPOINTS = {
  playlist: `${DEMO_BASE}/channels/playlist.m3u`,
  guide: `${DEMO_BASE}/channels/guide.xml`,
  /**
   * The HLS stream every demo channel plays (static files in public/): H.264 for
   * TVs, VP9 for engines built without it (scripts/make-demo-stream.sh).
   */
  stream: '/demo/hls/channel.m3u8',
  /** The same picture with two sound tracks (普通话, 粤语) and Chinese subtitles. */
  bilingualStream: '/demo/hls/bilingual.m3u8',
  /** The same picture with CEA-608 closed captions in the video (CC1, English). */
  captionedStream: '/demo/hls/closed-captions.m3u8',
  /** The same picture as a live stream with two minutes of time shift (channels/live-stream.ts). */
  liveStream: `${DEMO_BASE}/channels/live.m3u8`,
  liveMedia: `${DEMO_BASE}/channels/live-:variant.m3u8`,
  homeAssistant: `${DEMO_BASE}/home-assistant`,
  /** Home Assistant's WebSocket path under its base URL. */
  homeAssistantSocket: `${DEMO_BASE}/home-assistant/api/websocket`,
  fhirBase: `${DEMO_BASE}/fhir`,
  fhirPatient: 'Patient/demo-patient',
  serviceCatalog: `${DEMO_BASE}/services/catalog.json`,
  serviceSubmit: `${DEMO_BASE}/services/submissions`,
  alertsFeed: `${DEMO_BASE}/alerts/feed.xml`,
  /** POST here (demo only) to raise a test alert. */
  alertsRaise: `${DEMO_BASE}/alerts/raise`,
  communityNotices: `${DEMO_BASE}/community/notices.xml`,
  communityParcels: `${DEMO_BASE}/community/parcels.json`,
  communityCatalog: `${DEMO_BASE}/community/catalog.json`,
} as const;

/** Demo tokens: not secrets, but handled like real ones (never logged). */
export const DEMO_HOME_ASSISTANT_TOKEN = 'demo-home-assistant-token';
export const DEMO_FHIR_TOKEN = 'demo-fhir-token';
