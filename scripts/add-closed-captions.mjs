// Puts closed captions into an H.264 elementary stream, as broadcast encoders carry
// them: an SEI message (ATSC A/53 "GA94" user data) in front of the picture that
// shows them, holding CEA-608 pairs (CC1) and CEA-708 DTVCC packets (service 1).
// Used by scripts/make-demo-stream.sh --captions for the demo channel with in-band
// captions, which hls.js (608) and Hearth's own decoder (708, src/data/cea708) read
// into text tracks:
//   node scripts/add-closed-captions.mjs in.h264 out.h264 FPS "608 caption 1" … -- "708 caption 1" …
// Caption n of each list is shown (pop-on) from second 5·(n−1) for 5 seconds. 608
// carries Latin letters only, so its captions are English; the 708 service carries
// Latin-1, and is Spanish, as a second language service is on the channels that have them.
// The input is Annex B with one slice per picture (x264 with one thread).
import { readFileSync, writeFileSync } from 'node:fs';
import { cmd, packet, text, triplets } from './cea708-packets.mjs';

const [input, output, fpsText, ...lists] = process.argv.slice(2);
if (!input || !output || !fpsText) {
  console.error('usage: add-closed-captions.mjs in.h264 out.h264 FPS caption… -- caption…');
  process.exit(2);
}
const fps = Number(fpsText);
const SECONDS_EACH = 5;
const split = lists.indexOf('--');
const captions608 = split < 0 ? lists : lists.slice(0, split);
const captions708 = split < 0 ? [] : lists.slice(split + 1);

/** A 608 byte with its odd-parity bit. */
function parity(byte) {
  let ones = 0;
  for (let b = byte; b; b >>= 1) ones += b & 1;
  return ones % 2 === 0 ? byte | 0x80 : byte;
}

/** Control codes go twice (receivers drop a repeat): pairs for CC1 on field 1. */
const twice = (a, b) => [
  [a, b],
  [a, b],
];
const RCL = twice(0x14, 0x20); // resume caption loading (pop-on)
const ENM = twice(0x14, 0x2e); // erase non-displayed memory
const EOC = twice(0x14, 0x2f); // end of caption: show what was loaded
const EDM = twice(0x14, 0x2c); // erase displayed memory
const ROW_15 = twice(0x14, 0x70); // preamble: row 15, column 0, white

function textPairs(words) {
  // Basic 608 characters: printable ASCII bar the few the standard redefines.
  const chars = [...words].map((c) => (/[A-Za-z0-9 .,:!?'-]/.test(c) ? c.charCodeAt(0) : 0x20));
  const pairs = [];
  for (let i = 0; i < chars.length; i += 2) pairs.push([chars[i], chars[i + 1] ?? 0x00]);
  return pairs;
}

/** Which cc_data triplets go out at which frame: each caption loads in its first frames, then shows. */
const schedule = new Map();
const at = (frame, list) => schedule.set(frame, [...(schedule.get(frame) ?? []), ...list]);
/** A 608 pair as a triplet: valid, NTSC field 1. */
const field1 = ([a, b]) => [0xfc, parity(a), parity(b)];
captions608.forEach((caption, n) => {
  const pairs = [...RCL, ...ENM, ...ROW_15, ...textPairs(caption), ...EOC];
  const start = Math.round(n * SECONDS_EACH * fps);
  // Two pairs a frame (608's own rate at 30 frames a second, for a 15 fps picture).
  for (let i = 0; i < pairs.length; i += 2) at(start + i / 2, pairs.slice(i, i + 2).map(field1));
});
at(Math.round(captions608.length * SECONDS_EACH * fps) - 1, EDM.map(field1));

// 708, service 1: each caption one packet (a visible window defined, cleared, then
// the words), which a receiver shows whole once its last piece has come; three
// pieces a frame. The last caption's window is cleared at the end.
let sequence = 0;
const send708 = (frame, bytes) => {
  const pieces = triplets(packet(1, bytes, sequence++ % 4));
  for (let i = 0; i < pieces.length; i += 3) at(frame + i / 3, pieces.slice(i, i + 3));
};
captions708.forEach((caption, n) => {
  const window = cmd.defineWindow(0, { visible: true, rows: 1, columns: 42 });
  send708(Math.round(n * SECONDS_EACH * fps), [
    ...window,
    ...cmd.clearWindows(1),
    ...text(caption),
  ]);
});
if (captions708.length) {
  send708(Math.round(captions708.length * SECONDS_EACH * fps) - 2, cmd.clearWindows(1));
}

/** The SEI NAL unit (with emulation prevention) carrying these triplets. */
function captionSei(cc) {
  const payload = [
    0xb5, // ITU-T T.35 country: United States
    0x00,
    0x31, // provider: ATSC
    0x47,
    0x41,
    0x39,
    0x34, // "GA94"
    0x03, // cc_data
    0xc0 | cc.length, // process_cc_data_flag, cc_count
    0xff, // em_data
    ...cc.flat(),
    0xff, // marker bits
  ];
  const rbsp = [4, payload.length, ...payload, 0x80]; // payload type 4, size, …, stop bit
  const nal = [0x06];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      nal.push(3);
      zeros = 0;
    }
    nal.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from([0, 0, 0, 1, ...nal]);
}

const stream = readFileSync(input);
/** Start offsets of NAL units (after their start codes) and of the start codes. */
const units = [];
for (let i = 0; i + 3 < stream.length; i++) {
  if (stream[i] === 0 && stream[i + 1] === 0) {
    const long = stream[i + 2] === 0 && stream[i + 3] === 1;
    if (stream[i + 2] === 1 || long) {
      units.push({ at: i, body: i + (long ? 4 : 3) });
      i += long ? 3 : 2;
    }
  }
}
const parts = [];
let frame = 0;
units.forEach((unit, n) => {
  const end = units[n + 1]?.at ?? stream.length;
  const type = stream[unit.body] & 0x1f;
  // A coded slice (1, or 5 for an IDR picture): one picture each with one slice.
  if (type === 1 || type === 5) {
    const cc = schedule.get(frame);
    if (cc) parts.push(captionSei(cc));
    frame++;
  }
  parts.push(stream.subarray(unit.at, end));
});
writeFileSync(output, Buffer.concat(parts));
console.log(`add-closed-captions: ${frame} pictures, ${schedule.size} with captions`);
