/**
 * Bench grid driven by js-spatial-navigation, set up as its README does:
 * init(), one section for every button, makeFocusable(), then its own focus().
 */
import SpatialNavigation from 'js-spatial-navigation';
import { buildGrid, exposeLab } from './grid.js';

buildGrid();
SpatialNavigation.init();
SpatialNavigation.add({ selector: 'button' });
SpatialNavigation.makeFocusable();
SpatialNavigation.focus();
exposeLab('js-spatial', (el) => SpatialNavigation.focus(el));
