/**
 * A doctor's photo, only from where it is safe to load: inline (`data`) or a
 * URL on the FHIR server's own origin. A photo on any other host would tell
 * that host who is looking at which doctor, so it is left out.
 */
import type { Attachment } from 'fhir/r4';

const IMAGE_TYPE = /^image\/(png|jpeg|gif|webp|svg\+xml)$/i;
const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

export function safePhotoUrl(
  photos: readonly Attachment[] | undefined,
  baseUrl: string,
): string | undefined {
  for (const photo of photos ?? []) {
    const type = photo.contentType?.split(';')[0]?.trim() ?? '';
    if (photo.data && IMAGE_TYPE.test(type) && BASE64.test(photo.data)) {
      return `data:${type};base64,${photo.data.replace(/\s+/g, '')}`;
    }
    if (photo.url) {
      const url = resolve(photo.url, baseUrl);
      if (url) return url;
    }
  }
  return undefined;
}

function resolve(value: string, baseUrl: string): string | undefined {
  if (/^data:image\//i.test(value)) return value;
  try {
    // Relative URLs in an Attachment are relative to the service base (FHIR R4 §2.24.0.7).
    const url = new URL(value, `${baseUrl.replace(/\/+$/, '')}/`);
    return url.origin === new URL(baseUrl).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}
