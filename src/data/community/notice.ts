/** A notice from the property manager (停水停电、电梯检修、社区活动), as the portal keeps it. */
export interface CommunityNotice {
  /** The feed's own id for the entry (Atom `id`, RSS `guid`, else its link or title). */
  id: string;
  title: string;
  /** Plain text: any HTML the feed carried is reduced to its words. */
  text: string;
  /** The feed's categories, as written (停水, 活动…). */
  categories: string[];
  /** When the notice was published or last updated (ms since the epoch), if the feed says. */
  updated: number | null;
  /** The operator named one of its categories as urgent: it shows over any screen. */
  urgent: boolean;
}
