/** The live-TV picture as a person sees it: decoded frames, time moving. */
import { expect, type Page } from '@playwright/test';

/** The watch screen's video has decoded frames and its time has moved. */
export async function waitForPicture(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const video = document
            .querySelector('hearth-app')
            ?.shadowRoot?.querySelector('hearth-watch')
            ?.shadowRoot?.querySelector('video');
          return video ? video.readyState >= 2 && video.currentTime > 0 : false;
        }),
      { timeout },
    )
    .toBe(true);
}
