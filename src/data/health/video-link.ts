/**
 * The video-consultation link of an Appointment. R4 has no element for it;
 * R5 added Appointment.virtualService (a VirtualServiceDetail), and FHIR's
 * cross-version extension carries it into R4: a complex extension whose
 * sub-extensions are named after VirtualServiceDetail's elements (channelType,
 * address, additionalInfo, sessionKey…). We read `address` (valueUrl or
 * valueString) and, as a fallback, the first `additionalInfo` URL.
 */
import type { Appointment, Extension } from 'fhir/r4';
import type { VideoLink } from './health-types.js';

export const VIRTUAL_SERVICE_EXTENSION =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.virtualService';

export function videoLinkOf(
  appointment: Appointment,
  baseUrl: string,
  videoHosts: readonly string[] = [],
): VideoLink | undefined {
  for (const extension of appointment.extension ?? []) {
    if (extension.url !== VIRTUAL_SERVICE_EXTENSION) continue;
    const candidates = [
      extension.valueUrl,
      ...subValues(extension, 'address'),
      ...subValues(extension, 'additionalInfo'),
    ];
    for (const candidate of candidates) {
      const link = checkedLink(candidate, baseUrl, videoHosts);
      if (link) return link;
    }
  }
  return undefined;
}

function subValues(extension: Extension, name: string): Array<string | undefined> {
  return (extension.extension ?? [])
    .filter((sub) => sub.url === name)
    .map((sub) => sub.valueUrl ?? sub.valueUri ?? sub.valueString);
}

/**
 * Only web links: a phone can open them from a QR code. The TV opens one itself
 * (a page given its camera and microphone) only on the FHIR server's own origin
 * or over https on a video host the operator named; anything else is a QR code.
 */
function checkedLink(
  value: string | undefined,
  baseUrl: string,
  videoHosts: readonly string[],
): VideoLink | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, `${baseUrl.replace(/\/+$/, '')}/`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const sameOrigin = url.origin === new URL(baseUrl).origin;
  const operatorsHost = url.protocol === 'https:' && videoHosts.includes(url.origin);
  return { url: url.href, openOnTv: sameOrigin || operatorsHost };
}
