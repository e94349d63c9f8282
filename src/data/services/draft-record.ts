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
}
