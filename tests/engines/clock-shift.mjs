// The engines' stand-in for Playwright's page clock: the matrix's server puts this
// script first in the portal's <head> (after the error recorder), and a check that
// needs a later hour (a programme reminder falling due) stores a shift in
// sessionStorage and reloads, as a TV switched on later would start. Date.now() is
// what the portal's timers and reminders read. ES5 only: it must run on every engine.

export const CLOCK_SHIFT_KEY = 'hearth-engine-clock-shift';

export const CLOCK_SHIFT = `(function () {
  var shift = 0;
  try { shift = Number(sessionStorage.getItem('${CLOCK_SHIFT_KEY}')) || 0; } catch (e) {}
  if (!shift) return;
  var now = Date.now;
  Date.now = function () { return now.call(Date) + shift; };
})();`;
