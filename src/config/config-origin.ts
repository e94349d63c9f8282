/**
 * Which servers `?config=` may load a config from. A config names the servers
 * the household's tokens go to and what the TV shows, so a link (a QR code, a
 * message) must not point the TV at a stranger's. The portal's own server is
 * always allowed; another only when the operator's built-in config.json lists
 * its origin in `configOrigins`. When that file cannot be read, nothing else is.
 */
import { parseJson } from './parse-json.js';
import type { ConfigIssue } from './types.js';

export type ReadText = (url: string) => Promise<{ text: string } | { issue: ConfigIssue }>;

export async function configOriginIssue(
  url: string,
  baseUrl: string,
  readText: ReadText,
): Promise<ConfigIssue | undefined> {
  const origin = new URL(url).origin;
  if (origin === new URL(baseUrl).origin) return undefined;
  const builtIn = await readText(new URL('config.json', baseUrl).href);
  if ('text' in builtIn && allowedOrigins(builtIn.text).includes(origin)) return undefined;
  return {
    path: '',
    keyword: 'configUrl',
    message: `?config= names ${origin}, which the built-in config.json does not list in configOrigins`,
    params: { reason: 'origin', origin },
  };
}

function allowedOrigins(text: string): string[] {
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return [];
  const listed = (parsed.value as { configOrigins?: unknown }).configOrigins;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    try {
      // "https://CFG.example:443/" and "https://cfg.example" are one origin.
      return [new URL(entry).origin];
    } catch {
      return [];
    }
  });
}
