// Checks an engine is known to fail today, each with the reason and what fixing it
// takes. The matrix prints each one when it runs; a check listed here that passes
// fails the run, so this list only shrinks. Tracked in the issue "Runs on the TVs
// operators actually ship".
const NO_CODEC_64 =
  'this headless build decodes neither of the demo stream\'s variants under Media Source Extensions: no H.264 (an open-source build without proprietary codecs; MediaSource.isTypeSupported("avc1") is false, as on 67 and 70) and VP9 only in WebM, which HLS cannot carry (MediaSource.isTypeSupported("video/mp4; codecs=vp09.00.30.08") is false here and true on 67 and 70, which play the VP9 variant). Live TV says the TV cannot play the channel, as it should. TVs of this age decode H.264 in hardware; proving it here would need a proprietary-codec build of Chromium 64.';

const CAPTIONS = 'live TV: Blue shows closed captions, CEA-608 then the CEA-708 service';
const NO_H264 =
  'the headless builds of 64, 67 and 70 have no H.264 (MediaSource.isTypeSupported("avc1") is false), and closed captions ride only in H.264 (SEI user data), so the captioned demo channel cannot play; Chromium 79 and WPE WebKit 2.38, which have H.264, walk it. TVs decode H.264 in hardware; proving it on these versions would need proprietary-codec builds.';

export const KNOWN_FAILURES = {
  'chromium-64': {
    'live TV: the picture plays (the video time advances)': NO_CODEC_64,
    [CAPTIONS]: NO_H264,
  },
  'chromium-67': { [CAPTIONS]: NO_H264 },
  'chromium-70': { [CAPTIONS]: NO_H264 },
};
