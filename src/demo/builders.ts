/**
 * The demo backend's pure parts, free of msw: document builders and stores a
 * service worker (or a benchmark) can use directly. handlers.ts wraps them in
 * msw request handlers.
 */
export { DEMO_CHANNELS, channelLogoPath, type DemoChannel } from './channels/channel-list';
export { buildPlaylist } from './channels/playlist';
export { buildGuide, guideWindow } from './channels/guide';
export { programmesForDay, programmesBetween, type DemoProgramme } from './channels/programmes';
export { FhirStore, emptyFhirState, type FhirState } from './fhir/fhir-store';
export { buildServiceCatalog } from './services/catalog';
export { catalogSchema } from './services/catalog-schema';
export type { ServiceCatalog, ServiceDefinition } from './services/catalog-types';
export {
  SubmissionStore,
  emptySubmissionState,
  type SubmissionState,
} from './services/submissions';
export { AlertStore, type AlertState, type RaiseRequest } from './alerts/alert-store';
export { atomFeed } from './alerts/atom-feed';
export { capXml } from './alerts/cap-xml';
export { conditionalResponse, entityTag } from './http-cache';
