/** Names the page and the service worker agree on for outbox replays. */
export const SYNC_TAG = 'hearth-outbox';
export const REPLAY_MESSAGE = 'hearth-outbox-replay';
