// What an engine check does to a page over the DevTools protocol, in a person's terms:
// go to an address, press remote keys, read what is focused or said, take a picture.
import { writeFileSync } from 'node:fs';
import { waitFor } from './wait-for.mjs';

/** Remote keys as a keyboard sends them (Hearth's default key table reads `key`). */
const KEYS = {
  Up: { key: 'ArrowUp', code: 'ArrowUp', keyCode: 38 },
  Down: { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40 },
  Left: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
  Right: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
  Ok: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  Back: { key: 'Escape', code: 'Escape', keyCode: 27 },
  Home: { key: 'Home', code: 'Home', keyCode: 36 },
  // Colour keys as Hearth's default key table has them (F1–F4).
  Red: { key: 'F1', code: 'F1', keyCode: 112 },
  Blue: { key: 'F4', code: 'F4', keyCode: 115 },
  ChannelUp: { key: 'PageUp', code: 'PageUp', keyCode: 33 },
  ChannelDown: { key: 'PageDown', code: 'PageDown', keyCode: 34 },
  // Media keys: an LG remote's keyCodes (19, 415) with the keyboard's key names.
  Pause: { key: 'MediaPause', code: 'MediaPause', keyCode: 19 },
  Play: { key: 'MediaPlay', code: 'MediaPlay', keyCode: 415 },
};

export class EnginePage {
  /** @param {import('./cdp.mjs').CdpSession} session */
  constructor(session) {
    this.session = session;
    this.problems = [];
  }

  async start() {
    const s = this.session;
    await s.send('Page.enable');
    await s.send('Runtime.enable');
    await s.send('Log.enable');
    s.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) =>
      this.problems.push(`uncaught: ${d.exception?.description ?? d.text}`.split('\n')[0]),
    );
    s.on('Runtime.consoleAPICalled', ({ type, args }) => {
      if (type !== 'error') return;
      this.problems.push(
        `console.error: ${args.map((a) => a.value ?? a.description ?? '').join(' ')}`.split(
          '\n',
        )[0],
      );
    });
    s.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error' && !/favicon/.test(entry.url ?? ''))
        this.problems.push(`${entry.source}: ${entry.text} ${entry.url ?? ''}`.trim());
    });
  }

  async goto(url) {
    const here = await this.evaluate('location.href', 5_000).catch(() => '');
    if (here && url.includes('#') && here.split('#')[0] === url.split('#')[0]) {
      // The same document at another fragment: Chromium 64's DevTools never answers
      // such a Page.navigate, so the page moves itself, as a link would move it.
      await this.evaluate(`location.hash = ${JSON.stringify(new URL(url).hash)}`);
      return;
    }
    await this.session.send('Page.navigate', { url });
  }

  /** The value of an expression (a promise is awaited). */
  async evaluate(expression, timeout = 30_000) {
    const { result, exceptionDetails } = await this.session.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      timeout,
    );
    if (exceptionDetails)
      throw new Error(
        `in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return result.value;
  }

  /** Polls `expression` until it is truthy (see wait-for.mjs). */
  waitFor(expression, what, timeout) {
    return waitFor(this, expression, what, timeout);
  }

  async reload() {
    await this.session.send('Page.reload', { ignoreCache: false });
  }

  /** Errors the page reported (uncaught, console.error, failed loads), one line each. */
  async consoleProblems() {
    return this.problems;
  }

  /** Every key: DevTools sends any key an engine knows. */
  canPress() {
    return true;
  }

  async press(name) {
    const k = KEYS[name] ?? {
      key: name,
      code: /^\d$/.test(name)
        ? `Digit${name}`
        : /^[a-z]$/i.test(name)
          ? `Key${name.toUpperCase()}`
          : name,
      // A letter's keyCode is its capital's (115, a lower-case s, is F4).
      keyCode: name.toUpperCase().charCodeAt(0),
      text: name.length === 1 ? name : undefined,
    };
    const base = {
      key: k.key,
      code: k.code,
      windowsVirtualKeyCode: k.keyCode,
      nativeVirtualKeyCode: k.keyCode,
    };
    await this.session.send('Input.dispatchKeyEvent', {
      type: k.text ? 'keyDown' : 'rawKeyDown',
      ...base,
      ...(k.text ? { text: k.text } : {}),
    });
    await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
    await new Promise((r) => setTimeout(r, 150));
  }

  async screenshot(file) {
    const { data } = await this.session.send('Page.captureScreenshot', { format: 'png' }, 60_000);
    writeFileSync(file, Buffer.from(data, 'base64'));
  }
}
