import { describe, expect, it } from 'vitest';
import {
  beginInterruption,
  endInterruption,
  interruptionEvents,
  isInterrupted,
} from '@src/data/interruptions.js';

describe('interruptions', () => {
  it('last while any one is active, and tell players each time that changes', () => {
    let changes = 0;
    interruptionEvents.addEventListener('change', () => changes++);
    beginInterruption('warning');
    beginInterruption('alarm');
    beginInterruption('alarm');
    expect(isInterrupted()).toBe(true);
    endInterruption('warning');
    expect(isInterrupted()).toBe(true);
    endInterruption('alarm');
    expect(isInterrupted()).toBe(false);
    expect(changes).toBe(4);
  });
});
