// Measure 15 (issue #17): remote presses to fill the reference form (the
// gateway fixture's residence permit, 8 fields) on the production build, from
// the catalogue to the receipt, the keys that type the text itself not counted.
// The route is the e2e test's own (tests/e2e/features/services-gateway-catalogue.spec.ts),
// run here through Playwright; the test records its count as an annotation.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureLabServable } from './builds.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SPEC = 'tests/e2e/features/services-gateway-catalogue.spec.ts';
/** Ports of their own, so a developer's running test server is left alone. */
const PORT = 4386;

/** Every test result in Playwright's JSON report, however deep its suites go. */
function resultsOf(suite) {
  return [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.flatMap((t) => t.results)),
    ...(suite.suites ?? []).flatMap(resultsOf),
  ];
}

export async function measureFormPresses({ log }) {
  await ensureLabServable();
  const args = [
    'playwright',
    'test',
    SPEC,
    '--grep',
    'reference form',
    '--reporter=json',
    '--output',
    join(tmpdir(), 'hearth-bench-form-presses'),
  ];
  const child = spawn('npx', args, {
    cwd: ROOT,
    env: { ...process.env, HEARTH_E2E_PORT: String(PORT), CI: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise((done) => child.on('close', done));
  const report = JSON.parse(out);
  const results = report.suites.flatMap(resultsOf);
  const result = results[0];
  if (!result) {
    // Nothing ran: Playwright says why at the top of its report (a server that never came up).
    const why = report.errors?.[0]?.message?.split('\n')[0];
    throw new Error(`the reference-form test did not run${why ? `: ${why}` : ''}`);
  }
  const noted = result.annotations?.find((a) => a.type === 'presses');
  if (!noted) {
    const why = result.errors?.[0]?.message ?? `exit ${code}`;
    throw new Error(`the reference-form test recorded no count: ${why.split('\n')[0]}`);
  }
  const presses = Number(noted.description);
  log(`  ${presses} presses (test ${result.status}, ${(result.duration / 1000).toFixed(0)} s)`);
  return { presses, status: result.status };
}
