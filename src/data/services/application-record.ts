/**
 * An application as stored: its id and creation time in the clear (to sort),
 * everything else sealed by the vault. It holds nothing personal but the
 * receipt — the form data is never kept once sent — and is sealed all the same.
 */
import type { Sealed } from '../vault/vault.js';

export interface ApplicationRecord {
  id: string;
  createdAt: number;
  /** An Application (applications.ts). */
  sealed: Sealed;
}
