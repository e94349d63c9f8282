import { ErrorDetails, ErrorTypes } from 'hls.js';
import { describe, expect, it } from 'vitest';
import { streamErrorReason } from '@src/features/watch/stream-error-reason.js';

describe('streamErrorReason', () => {
  it('gives up at once on a stream whose codecs the engine refuses', () => {
    expect(
      streamErrorReason({
        type: ErrorTypes.MEDIA_ERROR,
        details: ErrorDetails.MANIFEST_INCOMPATIBLE_CODECS_ERROR,
      }),
    ).toBe('unsupported');
    expect(
      streamErrorReason({
        type: ErrorTypes.MEDIA_ERROR,
        details: ErrorDetails.BUFFER_INCOMPATIBLE_CODECS_ERROR,
      }),
    ).toBe('unsupported');
  });

  it('retries decoder and line trouble, naming which', () => {
    expect(
      streamErrorReason({
        type: ErrorTypes.MEDIA_ERROR,
        details: ErrorDetails.BUFFER_STALLED_ERROR,
      }),
    ).toBe('media');
    expect(
      streamErrorReason({
        type: ErrorTypes.NETWORK_ERROR,
        details: ErrorDetails.MANIFEST_LOAD_ERROR,
      }),
    ).toBe('network');
  });
});
