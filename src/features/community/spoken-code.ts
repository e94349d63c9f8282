/** A pickup code for speech: one character at a time ("4 8 2 9 1 3"), never as a number. */
export function spokenCode(code: string): string {
  return [...code].join(' ');
}
