import { afterEach, describe, expect, it, vi } from 'vitest';
import { appActivity } from '@src/data/app-activity';
import { BackoffPoller } from '@src/data/backoff-poller';

describe('appActivity: the platform puts Hearth in front or behind', () => {
  afterEach(() => {
    appActivity.setPlatformActive(true);
    vi.useRealTimers();
  });

  it('is active until the platform says otherwise, and says when it changes', () => {
    const changed = vi.fn();
    appActivity.addEventListener('change', changed);
    expect(appActivity.active).toBe(true);
    appActivity.setPlatformActive(false);
    appActivity.setPlatformActive(false);
    expect(appActivity.active).toBe(false);
    appActivity.setPlatformActive(true);
    expect(changed).toHaveBeenCalledTimes(2);
    appActivity.removeEventListener('change', changed);
  });

  it('holds a due poll while in the background and runs it on return', async () => {
    vi.useFakeTimers();
    const poll = vi.fn(() => Promise.resolve(true));
    const poller = new BackoffPoller(60, poll);
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(1);

    appActivity.setPlatformActive(false);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(poll).toHaveBeenCalledTimes(1);

    appActivity.setPlatformActive(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('does not poll again after stop, even when it was waiting for the front', async () => {
    vi.useFakeTimers();
    const poll = vi.fn(() => Promise.resolve(true));
    const poller = new BackoffPoller(60, poll);
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    appActivity.setPlatformActive(false);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    poller.stop();
    appActivity.setPlatformActive(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(poll).toHaveBeenCalledTimes(1);
  });

  it('asks everything holding unsaved input to write it', () => {
    const save = vi.fn();
    appActivity.addEventListener('save', save);
    appActivity.requestSave();
    expect(save).toHaveBeenCalledOnce();
    appActivity.removeEventListener('save', save);
  });
});
