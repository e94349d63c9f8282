/**
 * CEA-708 captions from the cc_data of each picture to what each caption
 * service shows, and when that changes: the times a text track's cues start
 * and end. Pictures come in presentation order within a fragment (hls.js sorts
 * its user data by time); a jump back in time (a seek, a new fragment from an
 * earlier point) starts the services afresh, as a receiver does after a splice.
 */
import { CaptionService } from './caption-service.js';
import { DtvccPackets, serviceBlocks } from './dtvcc-packets.js';

export interface CaptionChange {
  service: number;
  /** Seconds on the media timeline: the picture's presentation time. */
  time: number;
  /** What the service shows from then on ('' for nothing). */
  text: string;
}

/** A jump back of more than this (seconds) is a new stretch of the stream. */
const JUMP_BACK_S = 1;

export class Cea708Decoder {
  private readonly _packets = new DtvccPackets();
  private readonly _services = new Map<number, { reader: CaptionService; shown: string }>();
  private _lastTime = -Infinity;

  /** One picture's cc_data at `time`; gives the services whose words changed with it. */
  push(time: number, ccData: Uint8Array): CaptionChange[] {
    const changes: CaptionChange[] = [];
    if (time < this._lastTime - JUMP_BACK_S) changes.push(...this._restart());
    this._lastTime = time;
    const touched = new Set<number>();
    this._packets.push(ccData, (packet) => {
      for (const { service, data } of serviceBlocks(packet)) {
        let state = this._services.get(service);
        if (!state) {
          state = { reader: new CaptionService(), shown: '' };
          this._services.set(service, state);
        }
        state.reader.push(data);
        touched.add(service);
      }
    });
    for (const service of touched) {
      const state = this._services.get(service);
      const text = state?.reader.text() ?? '';
      if (!state || text === state.shown) continue;
      state.shown = text;
      changes.push({ service, time, text });
    }
    return changes;
  }

  /** Starts every service afresh; what was shown ends where the stream left off. */
  private _restart(): CaptionChange[] {
    this._packets.reset();
    const ended: CaptionChange[] = [];
    for (const [service, state] of this._services) {
      if (state.shown) ended.push({ service, time: this._lastTime, text: '' });
      state.reader.reset();
      state.shown = '';
    }
    return ended;
  }
}
