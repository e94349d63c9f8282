/**
 * The shape of a CAP (Common Alerting Protocol, OASIS 1.2 / 1.1) alert after
 * parsing: plain data, so the book, the feed and the overlay can share it and
 * it survives structured cloning. Only what the portal shows or decides on is
 * kept; times stay ISO strings exactly as sent (their offset matters to people).
 */

export type CapStatus = 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
export type CapMsgType = 'Alert' | 'Update' | 'Cancel' | 'Ack' | 'Error';

/** A name/value pair, as CAP uses for parameters, geocodes and event codes. */
export interface CapValuePair {
  valueName: string;
  value: string;
}

/** One earlier message this one updates or cancels. */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: string;
}

export interface CapCircle {
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface CapArea {
  areaDesc: string;
  /** Each polygon is a closed ring of [lat, lon] pairs (WGS 84), as CAP writes them. */
  polygons: [number, number][][];
  circles: CapCircle[];
  geocodes: CapValuePair[];
}

export interface CapInfo {
  /** RFC 3066 tag; CAP says an absent language means 'en-US'. */
  language: string;
  category: string[];
  event: string;
  urgency: string;
  severity: string;
  certainty: string;
  effective?: string;
  onset?: string;
  expires?: string;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  parameters: CapValuePair[];
  areas: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  scope: string;
  references: CapReference[];
  infos: CapInfo[];
}
