import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

// What operators deploy (`npm run build`, dist/) carries no demo backend: no
// msw, no demo endpoints, no demo data, no test handles.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('the production build holds no demo code or data', () => {
  expect(existsSync('dist/index.html'), 'run npm run build first').toBe(true);
  const shipped = files('dist').filter((f) => !f.endsWith('.map'));
  expect(shipped.filter((f) => f.includes(`${join('dist', 'demo')}`))).toEqual([]);
  expect(shipped.some((f) => f.endsWith('mockServiceWorker.js'))).toBe(false);
  const offenders = shipped
    .filter((f) => /\.(js|html|json)$/.test(f))
    .filter((f) =>
      /demo-api|hearthDemo|mswjs|DEMO_HOME|demo-fhir-token/.test(readFileSync(f, 'utf8')),
    );
  expect(offenders).toEqual([]);
});
