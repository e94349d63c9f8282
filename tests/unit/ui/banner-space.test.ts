// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bannerShown, bannerSpace, claimBanner, releaseBanner } from '@src/ui/banner-space.js';

const space = () => document.documentElement.style.getPropertyValue('--hearth-banner-space');

describe('banner space', () => {
  it('shows the highest claim, keeps room while any banner waits, and frees it after the last', () => {
    let changes = 0;
    bannerSpace.addEventListener('change', () => changes++);
    claimBanner('community', 10);
    expect(bannerShown()).toBe('community');
    expect(space()).toBe('112px');
    claimBanner('alerts', 100);
    expect(bannerShown()).toBe('alerts');
    claimBanner('alerts', 100); // the same claim again changes nothing
    expect(changes).toBe(2);
    releaseBanner('alerts');
    expect(bannerShown()).toBe('community');
    expect(space()).toBe('112px');
    releaseBanner('community');
    expect(bannerShown()).toBeNull();
    expect(space()).toBe('');
  });
});
