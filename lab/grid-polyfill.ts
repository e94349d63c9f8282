/**
 * Bench grid driven by the WICG spatial-navigation polyfill. It installs its
 * own keydown listener on `load` and navigates from document.activeElement,
 * so plain DOM focus is how an app points it somewhere.
 */
import 'spatial-navigation-polyfill';
import { buildGrid, exposeLab } from './grid.js';

buildGrid();
const expose = () => exposeLab('polyfill', (el) => el.focus());
// Its key handler is attached on window load; publish the API only after that.
if (document.readyState === 'complete') expose();
else window.addEventListener('load', () => setTimeout(expose));
