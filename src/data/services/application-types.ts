/** An application the household sent (or queued), as the services area follows it. */

/**
 * submitted: the gateway has it (with a receipt when it gave one); queued: in
 * the outbox, waiting for the network; refused: the outbox gave up (the gateway
 * refused it for good); withdrawn: the household discarded the queued copy.
 */
export type ApplicationState = 'submitted' | 'queued' | 'refused' | 'withdrawn';

export interface Application {
  /** Also the Idempotency-Key it was sent with. */
  id: string;
  serviceId: string;
  /** ISO 8601, as sent. */
  submittedAt: string;
  state: ApplicationState;
  receipt: string | null;
  /** The gateway's word for it ('received', 'reviewing', 'approved'…), null until known. */
  status: string | null;
  /** Where its status is read (receipt filled in), null until there is a receipt. */
  statusUrl: string | null;
  /** The gateway's last message about it, and when it changed (ISO 8601). */
  message: string | null;
  updatedAt: string | null;
  /** The outbox item while queued. */
  outboxId: string | null;
  /**
   * Why it was queued: the TV was offline, or the gateway did not take it (an
   * error status, or no answer in time) while the TV was online. Absent on
   * applications kept before it was recorded.
   */
  queuedBecause?: 'offline' | 'gateway';
}
