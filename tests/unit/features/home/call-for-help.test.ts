import { afterEach, describe, expect, it, vi } from 'vitest';
import { callHelpService } from '@src/features/home/call-for-help.js';
import { HomeServiceError } from '@src/data/home/home-service-error.js';
import type { HomeStatus } from '@src/data/home/home-types.js';

/** A hub link whose status the test moves, recording the calls it gets. */
class FakeLine extends EventTarget {
  calls: string[] = [];
  failures: HomeServiceError[] = [];
  constructor(private _status: HomeStatus) {
    super();
  }
  get snapshot() {
    return { status: this._status, areas: [], entities: new Map() };
  }
  set status(status: HomeStatus) {
    this._status = status;
    this.dispatchEvent(new Event('status'));
  }
  callService = (domain: string, service: string): Promise<void> => {
    this.calls.push(`${domain}.${service}`);
    const failure = this.failures.shift();
    return failure ? Promise.reject(failure) : Promise.resolve();
  };
}

afterEach(() => vi.useRealTimers());
vi.spyOn(console, 'error').mockImplementation(() => undefined);

describe('calling for help', () => {
  it('calls the named service at once when the hub is live', async () => {
    const line = new FakeLine('live');
    await expect(callHelpService(line, 'script.sos_call')).resolves.toBe('sent');
    expect(line.calls).toEqual(['script.sos_call']);
  });

  it('waits for a hub that is still connecting instead of failing', async () => {
    vi.useFakeTimers();
    const line = new FakeLine('connecting');
    const result = callHelpService(line, 'script.sos_call');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(line.calls).toEqual([]);
    line.status = 'live';
    await expect(result).resolves.toBe('sent');
    expect(line.calls).toEqual(['script.sos_call']);
  });

  it('tries again when the link drops mid-call and comes back', async () => {
    vi.useFakeTimers();
    const line = new FakeLine('live');
    line.failures.push(new HomeServiceError('connection_lost', 'Connection lost'));
    line.callService = ((call) => (domain: string, service: string) => {
      const done = call(domain, service);
      line.status = 'stale';
      setTimeout(() => (line.status = 'live'), 3_000);
      return done;
    })(line.callService);
    const result = callHelpService(line, 'notify.family');
    await vi.advanceTimersByTimeAsync(3_000);
    await expect(result).resolves.toBe('sent');
    expect(line.calls).toEqual(['notify.family', 'notify.family']);
  });

  it('says it failed when the hub never comes, or refuses the token, or refuses the call', async () => {
    vi.useFakeTimers();
    const never = callHelpService(new FakeLine('unreachable'), 'script.sos_call', 10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(never).resolves.toBe('failed');

    await expect(callHelpService(new FakeLine('auth-failed'), 'script.sos_call')).resolves.toBe(
      'failed',
    );

    const refusing = new FakeLine('live');
    refusing.failures.push(new HomeServiceError('not_found', 'Service not found'));
    await expect(callHelpService(refusing, 'script.sos_call')).resolves.toBe('failed');
    expect(refusing.calls).toHaveLength(1);
  });

  it('calls nothing for a service name without a domain', async () => {
    const line = new FakeLine('live');
    await expect(callHelpService(line, 'sos_call')).resolves.toBe('not-configured');
    expect(line.calls).toEqual([]);
  });
});
