/**
 * Splits a downloaded list into lines the way players do: a UTF-8 byte-order
 * mark is dropped (Windows editors add one and it would otherwise glue itself
 * to `#EXTM3U`), and CRLF, lone CR (old Mac exports) and LF all end a line.
 */
export function textLines(text: string): string[] {
  return withoutByteOrderMark(text).split(/\r\n|\r|\n/);
}

export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
