/** Types for static-server.mjs (used by the bench and by e2e tests). */
export type ExtraPath = string | { body: string; type?: string } | { file: string; type?: string };

export function serveStatic(
  root: string,
  options?: { isolated?: boolean; extra?: Record<string, ExtraPath> },
): Promise<{ url: string; close: () => Promise<void> }>;
