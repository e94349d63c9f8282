/**
 * The programme guide as the portal uses it, normalised from XMLTV. Times are
 * epoch milliseconds (UTC); XMLTV's own time forms are resolved by the parser.
 */

export interface LocalisedText {
  text: string;
  lang?: string;
}

export interface GuideChannel {
  id: string;
  /** Every `display-name`, in document order. */
  names: LocalisedText[];
  icon?: string;
}

export interface Programme {
  channelId: string;
  start: number;
  stop: number;
  title: string;
  subTitle?: string;
  description?: string;
  categories?: string[];
  /** `catchup-id` attribute, used by `{catchup-id}` placeholders. */
  catchupId?: string;
  /** The first `<rating>`: its `<value>`, and its `system` attribute when it names one. */
  rating?: ProgrammeRating;
}

export interface ProgrammeRating {
  value: string;
  system?: string;
}
