/**
 * A channel asked for from outside live TV (a programme reminder's 切换). The
 * channel becomes the remembered one, so live TV opened next starts on it;
 * live TV already open hears 'tune' and switches at once.
 */
import { rememberChannel } from './channel-memory.js';

export interface TuneDetail {
  channelKey: string;
}

export const tuneRequests = new EventTarget();

export function requestChannel(channelKey: string): void {
  rememberChannel(channelKey);
  tuneRequests.dispatchEvent(new CustomEvent<TuneDetail>('tune', { detail: { channelKey } }));
}
