/**
 * One CAP message of the demo feed, as stored: plain JSON (so it can be
 * persisted), from which the CAP XML and the feed entry are written.
 */
import { DEMO_BASE } from '../endpoints';
import type { AlertKind } from './alert-kinds';
import type { Severity } from './severity-levels';

export type MsgType = 'Alert' | 'Update' | 'Cancel';

export interface CapMessage {
  identifier: string;
  sent: number;
  msgType: MsgType;
  /** CAP `references`: "sender,identifier,sent" of each earlier message in the chain. */
  references: string[];
  kind: AlertKind;
  severity: Severity;
  effective: number;
  expires: number;
}

/** CAP `sender` of every demo message: an address on a reserved, never-resolving domain. */
export const DEMO_SENDER = 'alerts@demo.hearth.invalid';

/** Household area: Beijing, Chaoyang District (GB/T 2260 code 110105). */
export const DEMO_AREA = {
  description: { zh: '北京市朝阳区', en: 'Chaoyang District, Beijing' },
  /** A ring around Chaoyang (lat,lon pairs, closed), holding the household at 39.93, 116.45. */
  polygon:
    '40.09,116.42 40.09,116.62 39.95,116.66 39.82,116.58 39.82,116.42 39.95,116.37 40.09,116.42',
  geocode: { valueName: 'GB/T 2260', value: '110105' },
} as const;

/** Where the CAP documents are served: `{CAP_DIRECTORY}/{identifier}.xml`. */
export const CAP_DIRECTORY = `${DEMO_BASE}/alerts/cap`;

export function capPath(identifier: string): string {
  return `${CAP_DIRECTORY}/${encodeURIComponent(identifier)}.xml`;
}
