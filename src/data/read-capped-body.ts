/**
 * A response body read whole, but never more than `maxBytes` of it: a server's
 * answer must not fill a TV's memory. Past the cap (declared in Content-Length
 * or reached while reading) the download is cancelled and the answer is null.
 */
import { concatBytes } from './concat-bytes.js';

export async function readCappedBody(
  response: Response,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (Number(response.headers.get('Content-Length')) > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.length > maxBytes ? null : whole;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}
