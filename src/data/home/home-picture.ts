/**
 * Pictures Home Assistant serves for its entities (a camera's snapshot: the
 * `entity_picture` attribute, `/api/camera_proxy/camera.x?token=…`), fetched
 * with the long-lived token in the Authorization header and handed back as a
 * Blob for an object URL. The token never goes into a URL: the short-lived
 * `token` Home Assistant puts in the query is dropped too (the header is
 * enough), so no URL that reaches the screen, a log or a cache opens the
 * camera. A picture on another origin than the hub is refused: the header
 * would hand the token to someone else.
 */
import { HomeServiceError } from './home-service-error.js';

/** The picture's URL on the hub, without its token; null when it is not on the hub's origin. */
export function homePictureUrl(baseUrl: string, picture: string): URL | null {
  let url: URL;
  try {
    url = new URL(picture, `${baseUrl}/`);
  } catch {
    return null;
  }
  if (url.origin !== new URL(baseUrl).origin) return null;
  url.searchParams.delete('token');
  return url;
}

export async function fetchHomePicture(
  baseUrl: string,
  token: string,
  picture: string,
  signal?: AbortSignal,
): Promise<Blob> {
  const url = homePictureUrl(baseUrl, picture);
  if (!url) throw new HomeServiceError('picture_elsewhere', 'The picture is not on the hub');
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      // A camera's picture is private: not kept in the HTTP cache.
      cache: 'no-store',
      credentials: 'omit',
      // The token must not follow a redirect to another host.
      redirect: 'error',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HomeServiceError('not_connected', 'The hub did not answer for the picture');
  }
  if (!response.ok) {
    throw new HomeServiceError(
      response.status === 401 || response.status === 403 ? 'unauthorized' : 'picture_failed',
      `The hub answered ${response.status} for the picture`,
    );
  }
  return response.blob();
}
