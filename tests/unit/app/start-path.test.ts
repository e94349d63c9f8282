import { describe, expect, it } from 'vitest';
import { startPath } from '@src/app/start-path.js';
import { applyDefaults } from '@src/config/defaults.js';
import { DEFAULT_SETTINGS } from '@src/data/settings/settings-store.js';

const operatorSaysLive = applyDefaults({ startInLiveTv: true });
const operatorSaysHome = applyDefaults({});

describe('where the TV lands when switched on', () => {
  it("follows the operator until the household chooses, and the household's choice wins", () => {
    expect(startPath(operatorSaysLive, DEFAULT_SETTINGS, '')).toBe('watch');
    expect(startPath(operatorSaysHome, DEFAULT_SETTINGS, '')).toBeNull();
    const householdSaysNo = { ...DEFAULT_SETTINGS, startInLive: false };
    expect(startPath(operatorSaysLive, householdSaysNo, '')).toBeNull();
    const householdSaysYes = { ...DEFAULT_SETTINGS, startInLive: true };
    expect(startPath(operatorSaysHome, householdSaysYes, '')).toBe('watch');
  });

  it('keeps a deep link or a reloaded screen, and needs live TV to be on offer', () => {
    expect(startPath(operatorSaysLive, DEFAULT_SETTINGS, '#/')).toBeNull();
    expect(startPath(operatorSaysLive, DEFAULT_SETTINGS, '#/services')).toBeNull();
    const noLiveTv = applyDefaults({ startInLiveTv: true, features: ['home', 'settings'] });
    expect(startPath(noLiveTv, DEFAULT_SETTINGS, '')).toBeNull();
  });
});
