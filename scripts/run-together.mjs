// Runs npm scripts side by side and prints each one's output whole, in the order
// given, once all have ended; fails if any failed. For the test command's static
// checks and builds: each is mostly one core, and CI has two (README: the whole
// run stays under 20 minutes).
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-together.mjs <npm script>…');
  process.exit(2);
}

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const chunks = [];
      const child = spawn('npm', ['run', '--silent', name], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      });
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
      child.on('close', (code) =>
        resolve({
          name,
          code: code ?? 1,
          output: Buffer.concat(chunks),
          seconds: (Date.now() - started) / 1000,
        }),
      );
    }),
);

let failed = false;
for (const run of await Promise.all(runs)) {
  // How long each took: CI's whole run has a 20-minute budget (README).
  process.stdout.write(`\n> ${run.name} (${run.seconds.toFixed(0)} s)\n`);
  process.stdout.write(run.output);
  if (run.code !== 0) {
    failed = true;
    console.error(`run-together: ${run.name} failed (exit ${run.code})`);
  }
}
process.exit(failed ? 1 : 0);
