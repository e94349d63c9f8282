/**
 * CEA-708 digital captions arrive as DTVCC packets cut into two-byte pieces among
 * the caption triplets of each picture (ATSC A/53 cc_data: cc_type 3 starts a
 * packet, 2 continues it; 0 and 1 are the CEA-608 pairs hls.js reads itself).
 * This joins the pieces into packets and splits a packet into its service blocks
 * (service 1 is the primary caption service, 2 the secondary language, …).
 */

const CC_VALID = 0x04;
const PACKET_START = 3;
const PACKET_DATA = 2;

export interface ServiceBlock {
  /** 1–63: the caption service the bytes belong to. */
  service: number;
  data: Uint8Array;
}

export class DtvccPackets {
  private _packet: number[] | null = null;
  private _size = 0;

  /**
   * One picture's cc_data as hls.js hands it on: a byte with the triplet count
   * (low 5 bits), the em_data byte, then the triplets. Calls `onPacket` for each
   * packet completed (or cut short by the next one's start).
   */
  push(ccData: Uint8Array, onPacket: (packet: Uint8Array) => void): void {
    const count = (ccData[0] ?? 0) & 0x1f;
    for (let i = 0, at = 2; i < count && at + 2 < ccData.length; i++, at += 3) {
      const flags = ccData[at] ?? 0;
      if (!(flags & CC_VALID)) continue;
      const type = flags & 0x03;
      const pair = [ccData[at + 1] ?? 0, ccData[at + 2] ?? 0];
      if (type === PACKET_START) {
        this._finish(onPacket);
        const sizeCode = (pair[0] ?? 0) & 0x3f;
        // The size counts the header byte: code × 2, or 128 for code 0.
        this._size = sizeCode === 0 ? 128 : sizeCode * 2;
        this._packet = pair;
      } else if (type === PACKET_DATA && this._packet) {
        this._packet.push(...pair);
      } else {
        continue;
      }
      if (this._packet && this._packet.length >= this._size) this._finish(onPacket);
    }
  }

  /** Forget a packet under way (the stream jumped). */
  reset(): void {
    this._packet = null;
  }

  private _finish(onPacket: (packet: Uint8Array) => void): void {
    const packet = this._packet;
    this._packet = null;
    if (packet) onPacket(Uint8Array.from(packet.slice(0, this._size)));
  }
}

/** The service blocks of one packet; the null service and its padding are dropped. */
export function serviceBlocks(packet: Uint8Array): ServiceBlock[] {
  const blocks: ServiceBlock[] = [];
  let at = 1; // after the packet header
  while (at < packet.length) {
    const header = packet[at++] ?? 0;
    let service = header >> 5;
    const size = header & 0x1f;
    // Service 0 with no bytes: the rest of the packet is padding.
    if (size === 0) break;
    if (service === 7) service = (packet[at++] ?? 0) & 0x3f;
    const data = packet.subarray(at, at + size);
    at += size;
    if (service !== 0) blocks.push({ service, data });
  }
  return blocks;
}
