// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HOME, pathFromHash, Router } from '@src/app/router.js';

const known = new Set(['', 'settings', 'settings/about', 'watch']);

function router(hash = '#/'): Router {
  history.replaceState(null, '', `/${hash}`);
  return new Router((p) => known.has(p));
}

describe('router', () => {
  let current: Router | null = null;
  afterEach(() => current?.stop());

  it('reads hash paths', () => {
    expect(pathFromHash('#/settings/about/')).toBe('settings/about');
    expect(pathFromHash('')).toBe(HOME);
    expect(pathFromHash('#/')).toBe(HOME);
  });

  it('a deep link stacks its parents so Back climbs one level at a time', () => {
    current = router('#/settings/about');
    current.start();
    expect(current.path).toBe('settings/about');
    expect(current.back()).toBe(true);
    expect(current.path).toBe('settings');
    expect(location.hash).toBe('#/settings');
    expect(current.back()).toBe(true);
    expect(current.path).toBe(HOME);
    expect(current.back()).toBe(false);
  });

  it('never grows the browser history: Back is its own stack', () => {
    current = router();
    current.start();
    const before = history.length;
    current.navigate('settings');
    current.navigate('settings/about');
    expect(history.length).toBe(before);
    expect(current.depth).toBe(3);
  });

  it('an unknown deep link is reported and lands home', () => {
    current = router('#/karaoke');
    expect(current.start()).toEqual({ unknown: 'karaoke' });
    expect(current.path).toBe(HOME);
    expect(location.hash).toBe('#/');
  });

  it('going home clears the stack', () => {
    current = router();
    current.start();
    current.navigate('settings');
    current.navigate(HOME);
    expect(current.depth).toBe(1);
  });

  it('a start path opens over home, so Back from it goes home', () => {
    current = router('');
    current.start('watch');
    expect(current.path).toBe('watch');
    expect(location.hash).toBe('#/watch');
    expect(current.back()).toBe(true);
    expect(current.path).toBe(HOME);
  });

  it('a deep link wins over the start path', () => {
    current = router('#/settings');
    current.start('watch');
    expect(current.path).toBe('settings');
  });
});
