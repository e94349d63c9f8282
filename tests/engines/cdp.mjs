// A small DevTools-protocol client for the old headless Chromium builds of the engine
// matrix (64–79). Playwright speaks only to current browsers; these speak the same
// protocol's older dialect over one WebSocket per page, which is all this needs:
// send a command, await its answer, listen to events.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export class CdpSession {
  /** @param {WebSocket} socket */
  constructor(socket) {
    this._socket = socket;
    this._nextId = 1;
    this._pending = new Map();
    this._listeners = new Map();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id !== undefined) {
        const waiter = this._pending.get(message.id);
        if (!waiter) return;
        this._pending.delete(message.id);
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
        return;
      }
      for (const listener of this._listeners.get(message.method) ?? []) listener(message.params);
    });
    socket.on('close', () => {
      for (const waiter of this._pending.values())
        waiter.reject(new Error('the browser went away'));
      this._pending.clear();
    });
  }

  static async connect(url) {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new CdpSession(socket);
  }

  /** Sends a command; rejects after `timeout` ms (a page that hangs must fail a check, not the run). */
  send(method, params = {}, timeout = 30_000) {
    const id = this._nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this._pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeout} ms`));
      }, timeout);
      this._pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this._socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method, listener) {
    const list = this._listeners.get(method) ?? [];
    list.push(listener);
    this._listeners.set(method, list);
  }

  close() {
    this._socket.close();
  }
}

/**
 * Starts a headless Chromium at `executable` with a fresh profile and DevTools on a port
 * it picks, and connects to its first page. `env` adds to the environment (libraries).
 */
export async function launchOldChromium(executable, { args = [], env = {}, log = () => {} } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'hearth-engine-profile-'));
  const child = spawn(
    executable,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1920,1080',
      ...args,
      'about:blank',
    ],
    // Its own process group, so closing ends the renderer and GPU processes too.
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no DevTools endpoint in 20 s:\n${seen}`)),
      20_000,
    );
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the browser exited (${code}) before DevTools started:\n${seen}`));
    });
  });
  child.stderr.on('data', (chunk) => log(String(chunk).trimEnd()));
  const { port } = new URL(endpoint);
  // The first page can be listed a moment after DevTools starts listening.
  let page;
  for (let tries = 0; tries < 50 && !page; tries++) {
    if (tries) await new Promise((r) => setTimeout(r, 100));
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    page = targets.find((t) => t.type === 'page');
  }
  if (!page) {
    endProcessGroup(child);
    throw new Error('the browser has no page');
  }
  const session = await CdpSession.connect(page.webSocketDebuggerUrl);
  return {
    session,
    port,
    async close() {
      session.close();
      const exited = new Promise((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', resolve),
      );
      endProcessGroup(child);
      await exited;
      removeProfile(profile, log);
    },
  };
}

/** Ends a child started with `detached: true` and everything it started (renderer, GPU, zygote). */
export function endProcessGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is gone already, or the platform has no process groups.
    child.kill('SIGKILL');
  }
}

/**
 * Removes a temporary browser profile. A process of the group may still be writing
 * into it for a moment after the kill: retry a few times, then leave it to the
 * system's temp clean-up rather than fail a run whose checks all finished.
 */
export function removeProfile(profile, log = () => {}) {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    log(`engines: left the temporary profile ${profile} (${error.code ?? error.message})`);
  }
}
