/**
 * The copy of the operator's config the worker caches for offline starts,
 * with every token replaced by a marker (see config/secret-fields.ts): Cache
 * Storage is not encrypted. A body that is not JSON is not cached at all.
 */
import { withSecretsMarked } from '../config/secret-fields.js';

export async function configWithoutSecrets(response: Response): Promise<Response | null> {
  try {
    const parsed = (await response.clone().json()) as unknown;
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    return new Response(JSON.stringify(withSecretsMarked(parsed)), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  } catch {
    return null;
  }
}
