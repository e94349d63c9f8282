// What an engine check does to a page over WebDriver (WPE WebKit), in the same terms
// as page.mjs does over the DevTools protocol: go to an address, press remote keys,
// read what is focused or said, take a picture, and list the errors the page reported.
import { writeFileSync } from 'node:fs';
import { RECORDED_ERRORS } from './error-recorder.mjs';
import { waitFor } from './wait-for.mjs';

/** Remote keys as WebDriver names them (the W3C spec's code points for special keys). */
const KEYS = {
  Up: '\uE013',
  Down: '\uE015',
  Left: '\uE012',
  Right: '\uE014',
  Ok: '\uE007',
  Back: '\uE00C',
  Home: '\uE011',
  // PageUp/PageDown: keyCodes 33/34, channel up/down in every key table.
  ChannelUp: '\uE00E',
  ChannelDown: '\uE00F',
  // F1, F4: Red and Blue in Hearth's default key table.
  Red: '\uE031',
  Blue: '\uE034',
  // Pause (keyCode 19): an LG remote's Pause. WebDriver has no Play or media keys.
  Pause: '\uE00B',
};

/**
 * Runs the expression in the page; a promise is awaited; the answer says whether it
 * threw, so a page error is told apart from a driver error. The expression is written
 * into the script WebDriver runs, not eval'd: WebKit holds eval in a page to the
 * page's Content-Security-Policy, and the portal's allows none.
 */
const run = (expression) => `var done = arguments[arguments.length - 1];
Promise.resolve().then(function () { return (
${expression}
); }).then(
  function (value) { done({ ok: true, value: value === undefined ? null : value }); },
  function (error) { done({ ok: false, error: String((error && error.stack) || error) }); });`;

export class WpePage {
  /** @param {import('./webdriver.mjs').WebDriverSession} session */
  constructor(session) {
    this.session = session;
  }

  async start() {
    await this.session.send('POST', '/timeouts', { script: 60_000, pageLoad: 60_000 });
  }

  async goto(url) {
    await this.session.send('POST', '/url', { url }, 60_000);
  }

  async reload() {
    await this.session.send('POST', '/refresh', {}, 60_000);
  }

  /** The value of an expression (a promise is awaited). */
  async evaluate(expression, timeout = 30_000) {
    const answer = await this.session.send(
      'POST',
      '/execute/async',
      { script: run(expression), args: [] },
      timeout,
    );
    if (!answer.ok) throw new Error(`in page: ${answer.error.split('\n')[0]}`);
    return answer.value;
  }

  /** Polls `expression` until it is truthy (see wait-for.mjs). */
  waitFor(expression, what, timeout) {
    return waitFor(this, expression, what, timeout);
  }

  /** A named remote key WebDriver can send, or a character. */
  canPress(name) {
    return name in KEYS || name.length === 1;
  }

  async press(name) {
    const value = KEYS[name] ?? name;
    await this.session.send('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'remote',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 150));
  }

  async screenshot(file) {
    const data = await this.session.send('GET', '/screenshot', undefined, 60_000);
    writeFileSync(file, Buffer.from(data, 'base64'));
  }

  /**
   * Errors the page reported (uncaught, rejected, console.error), one line each, as the
   * page's own recorder kept them (error-recorder.mjs: the server must put it in).
   */
  async consoleProblems() {
    return this.evaluate(RECORDED_ERRORS);
  }
}
