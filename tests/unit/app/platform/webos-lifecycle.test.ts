import { describe, expect, it, vi } from 'vitest';
import { startPlatformLifecycle } from '@src/app/platform/platform-lifecycle';

describe('webOS lifecycle', () => {
  it('goes home when the launcher relaunches the running portal', async () => {
    const document = new EventTarget();
    const goHome = vi.fn();
    const hooks = { firstFocus: Promise.resolve(), goHome, setActive: vi.fn(), save: vi.fn() };
    const lifecycle = await startPlatformLifecycle('webos', { document }, hooks);
    expect(goHome).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('webOSRelaunch'));
    expect(goHome).toHaveBeenCalledTimes(1);
    // Leaving stays with platform-keys' webOS branch (platformBack).
    expect(lifecycle.exit).toBeUndefined();
  });

  it('starts nothing on a platform without a lifecycle of its own', async () => {
    const hooks = {
      firstFocus: Promise.resolve(),
      goHome: vi.fn(),
      setActive: vi.fn(),
      save: vi.fn(),
    };
    expect(await startPlatformLifecycle('tizen', {}, hooks)).toEqual({});
    expect(await startPlatformLifecycle('desktop', {}, hooks)).toEqual({});
  });
});
