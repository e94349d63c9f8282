// For engines whose automation protocol reports no console (WPE over WebDriver: cog's
// console-to-stdout setting does not reach the view WebDriver opens), the page records
// its own errors: this script is put first in the portal's <head> by the matrix's
// server, before any of the portal's scripts, and keeps every uncaught error, rejected
// promise and console.error in sessionStorage, so they outlive reloads. ES5 only: it
// must run on every engine.

const KEY = 'hearth-engine-errors';

export const ERROR_RECORDER = `(function () {
  function keep(line) {
    try {
      var list = JSON.parse(sessionStorage.getItem('${KEY}') || '[]');
      list.push(String(line).split('\\n')[0].slice(0, 300));
      sessionStorage.setItem('${KEY}', JSON.stringify(list.slice(-50)));
    } catch (e) {}
  }
  // WebKit's stack leaves out the message (Chromium's starts with it): keep both.
  function describe(error) {
    if (!error || !error.message) return String(error);
    var message = (error.name || 'Error') + ': ' + error.message;
    var at = error.stack ? String(error.stack).split('\\n')[0] : '';
    return at && at.indexOf(error.message) < 0 ? message + ' (at ' + at + ')' : message;
  }
  window.addEventListener('error', function (e) {
    keep('uncaught: ' + (e.error ? describe(e.error) : e.message));
  });
  window.addEventListener('unhandledrejection', function (e) {
    keep('unhandled rejection: ' + describe(e.reason));
  });
  var original = console.error;
  console.error = function () {
    keep('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
})();`;

/** An expression giving the errors recorded so far. */
export const RECORDED_ERRORS = `JSON.parse(sessionStorage.getItem('${KEY}') || '[]')`;
