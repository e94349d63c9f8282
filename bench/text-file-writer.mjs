// Writes a large generated text file (the bench's guides) in 1 MB pieces, waiting for
// the disk when the stream asks to, so a 40 MB guide never sits whole in memory.
import { createWriteStream } from 'node:fs';

const PIECE = 1 << 20;

/** `write(text)` buffers and flushes; `end(text)` writes the rest and resolves once on disk. */
export function textFileWriter(file) {
  const out = createWriteStream(file);
  let pending = '';
  return {
    async write(text) {
      pending += text;
      if (pending.length < PIECE) return;
      const ok = out.write(pending);
      pending = '';
      if (!ok) await new Promise((r) => out.once('drain', r));
    },
    end(text = '') {
      out.end(pending + text);
      pending = '';
      return new Promise((r, j) => {
        out.once('finish', r);
        out.once('error', j);
      });
    },
  };
}
