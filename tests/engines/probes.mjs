// What the engine checks read in a page, as expressions every engine can run (ES5:
// they are sent as text to Chromium 64 and WPE alike): what has focus, what the
// speech bridge said, the live-TV video.

/** The deepest focused element across shadow roots, described. */
export const FOCUSED = `(function () {
  var el = document.activeElement;
  var hosts = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) { hosts.push(el.tagName); el = el.shadowRoot.activeElement; }
  if (!el || el === document.body) return null;
  var r = el.getBoundingClientRect();
  return { tag: el.tagName, area: el.dataset ? el.dataset.area || null : null,
    action: el.dataset ? el.dataset.action || null : null,
    lock: el.dataset ? el.dataset.lock || null : null, hosts: hosts,
    text: (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60),
    rect: { x: r.left, y: r.top, w: r.width, h: r.height } };
})()`;

/** The first element matching `selector` anywhere, through shadow roots. */
export const deepFind = (selector) => `(function find(root) {
  var hit = root.querySelector(${JSON.stringify(selector)});
  if (hit) return hit;
  var all = root.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) if (all[i].shadowRoot) { var inner = find(all[i].shadowRoot); if (inner) return inner; }
  return null;
})(document)`;

/** What the speech bridge said last (the screen reader's words). */
export const SPOKEN = `(document.querySelector('[data-speech="polite"]') || {}).textContent || ''`;

/** Whether this engine can decode either variant of the demo stream (public/demo/hls). */
export const DECODES_THE_STREAM = `(function () {
  var source = window.MediaSource;
  var mse = !!source && (
    source.isTypeSupported('video/mp4; codecs="avc1.42c01e,mp4a.40.2"') ||
    source.isTypeSupported('video/mp4; codecs="vp09.00.30.08"'));
  return mse || document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';
})()`;

/** The live-TV video: its time, readiness, whether paused, and its source (none when locked). */
export const VIDEO = `(function () {
  var app = document.querySelector('hearth-app');
  var watch = app && app.shadowRoot && app.shadowRoot.querySelector('hearth-watch');
  var video = watch && watch.shadowRoot && watch.shadowRoot.querySelector('video');
  return video ? { time: video.currentTime, ready: video.readyState, paused: video.paused,
    src: video.getAttribute('src') } : null;
})()`;

/**
 * True once the page has loaded and fetched nothing new for a second (polled: each
 * call compares with the count the last call saw).
 */
export const NETWORK_QUIET = `(function () {
  var count = performance.getEntriesByType('resource').length;
  var last = window.__hearthQuiet;
  var now = Date.now();
  if (document.readyState !== 'complete' || !last || last.count !== count) {
    window.__hearthQuiet = { count: count, since: now };
    return false;
  }
  return now - last.since >= 1000;
})()`;
