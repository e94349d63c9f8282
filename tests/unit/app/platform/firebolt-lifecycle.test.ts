/**
 * Firebolt's lifecycle through the real SDK and a fake of the transport a box
 * injects (`window.__firebolt.getTransportLayer`): what Hearth sends the box,
 * and what it does when the box moves it between foreground and background.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fireboltIsProvided,
  startPlatformLifecycle,
  type LifecycleHooks,
  type PlatformLifecycle,
} from '@src/app/platform/platform-lifecycle';

interface RpcRequest {
  id: number;
  method: string;
  params?: { listen?: boolean; reason?: string };
}

/** Answers every request; remembers which request id listens to which event. */
class FakeFireboltTransport {
  readonly sent: RpcRequest[] = [];
  private _receive: ((message: string) => void) | null = null;
  private readonly _listeners = new Map<string, number>();

  send(message: string): void {
    const request = JSON.parse(message) as RpcRequest;
    this.sent.push(request);
    const event = /^lifecycle\.on(\w+)$/.exec(request.method)?.[1]?.toLowerCase();
    if (event && request.params?.listen) {
      this._listeners.set(event, request.id);
      this._answer(request.id, { listening: true, event: request.method });
    } else {
      this._answer(request.id, null);
    }
  }

  receive(callback: (message: string) => void): void {
    this._receive = callback;
  }

  /** The box moves the app to `state`. */
  moveTo(state: string, previous: string): void {
    const id = this._listeners.get(state);
    if (id === undefined) throw new Error(`nobody listens to ${state}`);
    this._answer(id, { state, previous });
  }

  methods(): string[] {
    return this.sent.map((request) => request.method);
  }

  private _answer(id: number, result: unknown): void {
    const message = JSON.stringify({ jsonrpc: '2.0', id, result });
    queueMicrotask(() => this._receive?.(message));
  }
}

function hooksWithFirstFocus() {
  let focus = () => {};
  const firstFocus = new Promise<void>((resolve) => (focus = resolve));
  return {
    focus,
    hooks: {
      firstFocus,
      goHome: vi.fn(),
      setActive: vi.fn<(active: boolean) => void>(),
      save: vi.fn(),
    } satisfies LifecycleHooks,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * The SDK is loaded once per test file (Node caches it) and keeps its transport on
 * the `window` it first saw: the tests share one box, one start, in order.
 */
describe('Firebolt lifecycle on an RDK box', () => {
  const transport = new FakeFireboltTransport();
  const { hooks, focus } = hooksWithFirstFocus();
  let lifecycle: PlatformLifecycle;

  beforeAll(async () => {
    // The SDK reads `window` when it loads: the box's transport must be there first.
    vi.stubGlobal('window', { __firebolt: { getTransportLayer: () => transport } });
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const globals = (globalThis as unknown as { window: Record<string, unknown> }).window;
    lifecycle = await startPlatformLifecycle('rdk', globals, hooks);
    await settle();
  });

  afterAll(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says ready only once the first screen has its focus', async () => {
    expect(transport.methods()).not.toContain('lifecycle.ready');
    focus();
    await settle();
    expect(transport.methods()).toContain('lifecycle.ready');
  });

  it('stops and starts with the box: background and inactive pause, foreground resumes', async () => {
    transport.moveTo('background', 'foreground');
    await settle();
    expect(hooks.setActive).toHaveBeenLastCalledWith(false);
    transport.moveTo('foreground', 'background');
    await settle();
    expect(hooks.setActive).toHaveBeenLastCalledWith(true);
    transport.moveTo('inactive', 'foreground');
    await settle();
    expect(hooks.setActive).toHaveBeenLastCalledWith(false);
  });

  it('writes what was typed and tells the box it has finished when unloading', async () => {
    expect(hooks.save).not.toHaveBeenCalled();
    transport.moveTo('unloading', 'inactive');
    await settle();
    expect(hooks.save).toHaveBeenCalledTimes(1);
    expect(transport.methods()).toContain('lifecycle.finished');
  });

  it('leaves through Lifecycle.close with the user-exit reason, and lets the box unload in its own time', async () => {
    expect(lifecycle.exit?.()).toBe('closing');
    await settle();
    const close = transport.sent.find(
      (request) => request.method.toLowerCase() === 'lifecycle.close',
    );
    expect(close?.params?.reason).toBe('userExit');
  });
});

describe('Firebolt is loaded only where the box provides it', () => {
  it('starts nothing on a WPE browser without a Firebolt transport', async () => {
    const { hooks } = hooksWithFirstFocus();
    expect(fireboltIsProvided({})).toBe(false);
    expect(fireboltIsProvided({ __firebolt: {} })).toBe(false);
    expect(fireboltIsProvided({ __firebolt: { endpoint: 'ws://127.0.0.1:3474' } })).toBe(true);
    expect(fireboltIsProvided({ ServiceManager: { version: '2.0' } })).toBe(true);
    expect(await startPlatformLifecycle('rdk', {}, hooks)).toEqual({});
  });
});
