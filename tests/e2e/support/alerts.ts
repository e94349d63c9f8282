/**
 * Raising an early warning the way the demo backend's CAP feed would carry it,
 * and having the portal poll at once instead of within its minute.
 */
import type { Page } from '@playwright/test';

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
