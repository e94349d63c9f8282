/**
 * Raising an early warning the way the demo backend's CAP feed would carry it,
 * and having the portal poll at once instead of within its minute.
 */
import type { Page } from '@playwright/test';
import { UNSEEN_MS } from '@src/ui/alarm-keys.js';

export interface RaisedWarning {
  severity?: 'Minor' | 'Moderate' | 'Severe' | 'Extreme';
  kind?: string;
  /** The identifier of a warning to cancel instead. */
  cancel?: string;
}

export async function raiseWarning(page: Page, warning: RaisedWarning): Promise<void> {
  await page.evaluate(async (request) => {
    const response = await fetch('/demo-api/alerts/raise', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!response.ok) throw new Error(`raise failed: ${response.status}`);
    window.dispatchEvent(new Event('hearth-alerts-refresh'));
  }, warning);
}

/**
 * A person reads a warning or an alarm before answering it: an OK sooner than
 * UNSEEN_MS after it showed is taken for one meant for the screen under it, and
 * does not silence it (src/ui/alarm-keys.ts).
 */
export async function readTheWarning(page: Page): Promise<void> {
  await page.waitForTimeout(UNSEEN_MS);
}
