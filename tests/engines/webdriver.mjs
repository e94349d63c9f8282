// A small W3C WebDriver client for WPE WebKit, the engine of RDK set-top boxes: Debian's
// `WPEWebDriver` starts Debian's `cog` browser on its headless platform and speaks
// WebDriver over HTTP. Only what the engine matrix needs: a session, a script, keys,
// a screenshot, navigation.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { endProcessGroup } from './cdp.mjs';

/** The Debian packages that bring WPE WebKit 2.38, its WebDriver and its video decoders. */
export const WPE_PACKAGES = [
  'cog',
  'wpewebkit-driver',
  'gstreamer1.0-libav',
  'gstreamer1.0-plugins-good',
  'gstreamer1.0-plugins-bad',
];

/** Whether WPE's WebDriver and cog are on this machine (`undefined`), else why not. */
export function wpeMissing() {
  for (const tool of ['WPEWebDriver', 'cog']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      return `${tool} is not installed (Debian: sudo apt-get install ${WPE_PACKAGES.join(' ')}; .ci/run does it)`;
    }
  }
  return undefined;
}

/** A loopback port nobody listens on yet. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class WebDriverSession {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /**
   * One command; rejects with the driver's message, or after `timeout` ms (a page
   * that hangs must fail a check, not the run).
   */
  async send(method, path, body, timeout = 30_000) {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    }).catch((error) => {
      throw new Error(
        `${method} ${path}: ${error.name === 'TimeoutError' ? `no answer in ${timeout} ms` : error.message}`,
      );
    });
    const { value } = await response.json();
    if (!response.ok || value?.error) {
      throw new Error(
        `${method} ${path}: ${value?.error ?? response.status} ${value?.message ?? ''}`,
      );
    }
    return value;
  }
}

/**
 * Starts WPEWebDriver, which starts cog headless with automation on. Every address
 * but loopback goes to a proxy that is not there, so a request leaving the machine
 * fails instead of being sent (the loopback-only rule). `output` gets each line the
 * driver and cog print.
 */
export async function launchWpe({ output = () => {}, args = [] } = {}) {
  const port = await freePort();
  const driver = spawn('WPEWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: closing ends cog and its web and network processes too.
    detached: true,
  });
  for (const stream of [driver.stdout, driver.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      lines.forEach(output);
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`${base}/status`)
      .then((r) => r.json())
      .then((r) => r.value?.ready === true)
      .catch(() => false);
    if (ready) break;
    if (driver.exitCode !== null || Date.now() > until) {
      endProcessGroup(driver);
      throw new Error(`WPEWebDriver did not start (exit ${driver.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const created = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          'wpe:browserOptions': {
            binary: 'cog',
            args: [
              '--automation',
              '--platform=headless',
              '--proxy=http://127.0.0.1:9',
              '--ignore-host=127.0.0.1',
              '--ignore-host=localhost',
              '--ignore-host=::1',
              // A TV plays without a click first.
              '--enable-media=true',
              '--media-playback-requires-user-gesture=false',
              ...args,
            ],
          },
        },
      },
    }),
    signal: AbortSignal.timeout(30_000),
  }).then((r) => r.json());
  if (!created.value?.sessionId) {
    endProcessGroup(driver);
    throw new Error(`WPEWebDriver gave no session: ${JSON.stringify(created.value)}`);
  }
  const session = new WebDriverSession(base, created.value.sessionId);
  return {
    session,
    version: `WPE WebKit ${created.value.capabilities?.browserVersion ?? '?'}`,
    async close() {
      await session.send('DELETE', '', undefined, 10_000).catch(() => {});
      const exited = new Promise((resolve) =>
        driver.exitCode !== null ? resolve() : driver.once('exit', resolve),
      );
      endProcessGroup(driver);
      await exited;
    },
  };
}
