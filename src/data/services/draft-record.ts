/**
 * A form in progress as stored: which service, when and at which step in the
 * clear (to list drafts without decrypting), what was typed sealed by the vault.
 */
import type { Sealed } from '../vault/vault.js';

export interface DraftRecord {
  serviceId: string;
  updatedAt: number;
  stepIndex: number;
  /** The form data. */
  sealed: Sealed;
  /**
   * The Idempotency-Key of this form's first attempt to send, kept until it is sent:
   * a second attempt (after an answer that was lost, a reload, a full disk) reuses
   * it, so the gateway keeps one application. A random id, not personal data.
   */
  submissionKey?: string;
}
