/**
 * Stable 32-hex ids, shaped like the uuid4 hex Home Assistant gives devices,
 * entity registry entries and config entries. Derived from a name so the demo
 * flat has the same ids on every start (tests and saved UI state can rely on
 * them) without a table of opaque literals.
 */
export function demoId(name: string): string {
  let hex = '';
  for (let round = 0; round < 4; round += 1) {
    // FNV-1a, salted per round so the four 8-hex parts differ.
    let hash = 0x811c9dc5 ^ round;
    const text = `${round}:${name}`;
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    // Not padStart: the demo also runs on Chromium 56 TVs.
    hex += `0000000${(hash >>> 0).toString(16)}`.slice(-8);
  }
  return hex;
}
