/**
 * Performance marks for the bench (hearth:zap, hearth:zap-playing): one mark of
 * each name at a time, so a thousand zaps do not pile up a thousand marks.
 */
export function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
