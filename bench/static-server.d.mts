/** Types for static-server.mjs (used by the bench and by e2e tests). */
export function serveStatic(
  root: string,
  options?: { isolated?: boolean; extra?: Record<string, string> },
): Promise<{ url: string; close: () => Promise<void> }>;
