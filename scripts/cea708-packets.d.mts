/** Writes CEA-708 service data as DTVCC packets and cc_data triplets (see the .mjs). */
type Bytes = number[];
export const cmd: {
  defineWindow(
    n: number,
    options?: { visible?: boolean; rows?: number; columns?: number; vertical?: number },
  ): Bytes;
  clearWindows(mask: number): Bytes;
  displayWindows(mask: number): Bytes;
  hideWindows(mask: number): Bytes;
  toggleWindows(mask: number): Bytes;
  deleteWindows(mask: number): Bytes;
  setCurrentWindow(n: number): Bytes;
  penLocation(row: number, column: number): Bytes;
  carriageReturn(): Bytes;
  backspace(): Bytes;
  formFeed(): Bytes;
  reset(): Bytes;
};
export function text(words: string): Bytes;
export function packet(service: number, bytes: Bytes, sequence?: number): Bytes;
export function triplets(packetBytes: Bytes): [number, number, number][];
export function ccData(tripletList: [number, number, number][]): Uint8Array;
