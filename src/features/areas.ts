/**
 * Every area's registration, imported once at start. An area joins the home
 * screen by adding its `area.ts` here.
 */
import './watch/area.js';
import './home/area.js';
import './health/area.js';
import './services/area.js';
import './community/area.js';
import './alerts/area.js';
import './settings/area.js';
