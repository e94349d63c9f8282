/**
 * What a fatal hls.js error means for the household. A stream in a codec this
 * engine's decoders refuse (HEVC on an older box, H.264 on a build without it) will
 * not play however often it is retried, so it is 'unsupported' at once and the
 * screen says the TV cannot play it; everything else may be passing trouble on the
 * line or in the decoder and is retried first.
 */
import { ErrorDetails, ErrorTypes } from 'hls.js';

export type StreamErrorReason = 'network' | 'media' | 'unsupported';

const CODECS_REFUSED = new Set<string>([
  ErrorDetails.MANIFEST_INCOMPATIBLE_CODECS_ERROR,
  ErrorDetails.BUFFER_INCOMPATIBLE_CODECS_ERROR,
]);

export function streamErrorReason(error: { type: string; details: string }): StreamErrorReason {
  if (CODECS_REFUSED.has(error.details)) return 'unsupported';
  return error.type === ErrorTypes.MEDIA_ERROR ? 'media' : 'network';
}
