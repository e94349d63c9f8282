// The app every store package carries (scripts/package/stage-app.mjs), started from
// the disk as webOS and Tizen start a packaged app (file:, the engine allowed to read
// its own files): it must reach a focused home screen with nothing in the console
// but the engine's own switch to the legacy build.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stageApp } from '../../scripts/package/stage-app.mjs';
import { LEGACY_SWITCH } from './walk.mjs';
import { waitFor } from './wait-for.mjs';

/**
 * Engines without a MIME type for file: refuse its module scripts, and the page
 * takes the legacy build; the refusals are expected.
 */
const FROM_DISK_SWITCH = [...LEGACY_SWITCH, /Failed to load module script: .*MIME type/];

export const PACKAGED_CHECK = 'the packaged app starts from disk (file:) to a focused home screen';

/** Stages the production build as the packages carry it; answers its index.html URL. */
export async function stagePackagedApp(dist, into) {
  await stageApp(dist, into);
  return pathToFileURL(join(into, 'index.html')).href;
}

/** Opens the staged app on `page`; answers one result of the matrix. */
export async function checkPackagedApp(page, url, shot) {
  await page.goto(url);
  try {
    await waitFor(
      page,
      "performance.getEntriesByName('hearth:first-focus').length > 0",
      'no focus on the home screen',
      30_000,
    );
  } catch (error) {
    await shot('packaged-app').catch(() => {});
    return { check: PACKAGED_CHECK, ok: false, detail: error.message };
  }
  await shot('packaged-app');
  // WPE's console is read through the error recorder, which only a served page gets.
  const problems = (await page.consoleProblems().catch(() => [])) ?? [];
  const unexpected = problems.filter((p) => !FROM_DISK_SWITCH.some((re) => re.test(p)));
  return {
    check: PACKAGED_CHECK,
    ok: unexpected.length === 0,
    detail: unexpected.slice(0, 3).join(' | '),
  };
}
