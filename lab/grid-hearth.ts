/**
 * Bench grid driven by Hearth's engine: every button registered as an item
 * (no zones: one flat zone of 2,000, the engine's worst case), keys through
 * the real KeyInput and desktop key table, as in the portal.
 */
import { focusEngine } from '../src/focus/focus-singleton.js';
import { KeyInput } from '../src/focus/key-input.js';
import { toLogicalKey } from '../src/focus/key-tables.js';
import { buildGrid, exposeLab } from './grid.js';

const buttons = buildGrid();
const engine = focusEngine();
for (const button of buttons) {
  engine.registerItem(button, { key: `${button.dataset.row}.${button.dataset.col}` });
}
new KeyInput({
  engine,
  toLogicalKey: (event) => toLogicalKey(event, 'desktop'),
  onBack: () => {},
}).connect();
exposeLab('hearth', (el) => engine.focus(el));
