// Writes CEA-708 caption service data as broadcast encoders carry it: service
// blocks in DTVCC packets, cut into the two-byte pieces (cc_type 3 to start a
// packet, 2 to go on) that ride beside the 608 pairs in a picture's cc_data.
// Used by scripts/add-closed-captions.mjs for the demo channel's digital
// captions, and by the unit tests of the decoder (src/data/cea708).

/** C1 commands and their parameters (CEA-708-E §8.10). */
export const cmd = {
  /** DFn: define window n; visible or not, `rows` rows of `columns` columns, anchored at the bottom. */
  defineWindow: (n, { visible = true, rows = 1, columns = 32, vertical = 70 } = {}) => [
    0x98 + n,
    (visible ? 0x20 : 0) | 0x18, // visible, row and column lock, priority 0
    vertical & 0x7f,
    50,
    0x70 | ((rows - 1) & 0x0f), // anchor point: bottom centre
    (columns - 1) & 0x3f,
    0x09, // window style 1, pen style 1
  ],
  clearWindows: (mask) => [0x88, mask],
  displayWindows: (mask) => [0x89, mask],
  hideWindows: (mask) => [0x8a, mask],
  toggleWindows: (mask) => [0x8b, mask],
  deleteWindows: (mask) => [0x8c, mask],
  setCurrentWindow: (n) => [0x80 + n],
  penLocation: (row, column) => [0x92, row & 0x0f, column & 0x3f],
  carriageReturn: () => [0x0d],
  backspace: () => [0x08],
  formFeed: () => [0x0c],
  reset: () => [0x8f],
};

/** Text in G0 (ASCII) and G1 (Latin-1); '♪' is G0's 0x7F; anything else goes as P16. */
export function text(words) {
  return [...words].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0x20;
    if (char === '♪') return [0x7f];
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) return [code];
    return [0x18, (code >> 8) & 0xff, code & 0xff];
  });
}

/**
 * One DTVCC packet carrying `bytes` for `service` (split into blocks of at most
 * 31 bytes), padded to an even size; `sequence` is the packet's 0–3 counter.
 */
export function packet(service, bytes, sequence = 0) {
  const body = [];
  for (let at = 0; at < bytes.length; at += 31) {
    const block = bytes.slice(at, at + 31);
    if (service < 7) body.push((service << 5) | block.length);
    else body.push((7 << 5) | block.length, service & 0x3f);
    body.push(...block);
  }
  if ((body.length + 1) % 2) body.push(0x00); // a null block header pads it
  const size = body.length + 1;
  if (size > 128) throw new Error(`a DTVCC packet holds 128 bytes, not ${size}`);
  return [((sequence & 3) << 6) | ((size / 2) & 0x3f), ...body];
}

/** A packet as cc_data triplets: [flags, byte, byte], the first one starting it. */
export function triplets(packetBytes) {
  const out = [];
  for (let at = 0; at < packetBytes.length; at += 2) {
    out.push([at === 0 ? 0xff : 0xfe, packetBytes[at] ?? 0, packetBytes[at + 1] ?? 0]);
  }
  return out;
}

/** One picture's cc_data as hls.js hands it on: count byte, em_data, then the triplets. */
export function ccData(tripletList) {
  return Uint8Array.from([
    0xc0 | tripletList.length,
    0xff,
    ...tripletList.flatMap((triplet) => triplet),
  ]);
}
