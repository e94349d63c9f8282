/** Types for find-chromium.mjs (plain ESM so Node runs it without a build). */
export function findChromium(): string;
export const CHROMIUM_ARGS: string[];
