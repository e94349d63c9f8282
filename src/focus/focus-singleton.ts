/**
 * The page has one focus engine (one keyboard, one focused item). Created on
 * first use so that importing a component never touches the DOM at load time.
 */
import { FocusEngine } from './focus-engine.js';
import { SpeechBridge } from './speech.js';

let engine: FocusEngine | null = null;

export function focusEngine(): FocusEngine {
  engine ??= new FocusEngine();
  return engine;
}

let bridge: SpeechBridge | null = null;

/** The page's one speech bridge (one live region pair, one voice). */
export function speechBridge(): SpeechBridge {
  bridge ??= new SpeechBridge();
  return bridge;
}
