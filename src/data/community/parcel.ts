/**
 * A parcel waiting in a locker (快递柜) for the household. The pickup code
 * opens the locker: it is shown and read aloud to the household, and never
 * logged, cached or kept on the TV.
 */
export interface Parcel {
  /** The property manager's id for this parcel (stays the same until it is collected). */
  id: string;
  /** The carrier (顺丰, 京东…), if given. */
  carrier: string;
  /** Where it waits: 3 号楼东侧快递柜. */
  locker: string;
  /** The pickup code: digits and letters, at most 16. */
  code: string;
  /** When it arrived (ms since the epoch), if given. */
  arrivedAt: number | null;
}
