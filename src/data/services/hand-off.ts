/**
 * The QR hand-off: the operator's mobile page (config.sources.services.mobileUrl)
 * with `service=<id>` added — the service only, never anything the household
 * typed, since a URL ends up in logs, histories and the phone's camera roll.
 */
export function handOffUrl(mobileUrl: string, serviceId: string): string {
  const url = new URL(mobileUrl, globalThis.location?.href);
  url.searchParams.set('service', serviceId);
  return url.href;
}
