import { describe, expect, it, vi } from 'vitest';
import { defineService, ShellServices } from '@src/app/shell-services';
import { applyDefaults } from '@src/config/defaults';

interface Feed {
  url: string;
  stopped: boolean;
}

const feedService = defineService<Feed | null>({
  name: 'test.feed',
  create: ({ sources }) =>
    sources.services ? { url: sources.services.catalogUrl, stopped: false } : null,
  stop: (feed) => (feed.stopped = true),
});

/** Built on the feed: made from the same config, through the registry. */
const countService = defineService<{ of: Feed | null }>({
  name: 'test.count',
  create: (_config, services) => ({ of: services.get(feedService) }),
});

const withCatalogue = (url: string) =>
  applyDefaults({ sources: { services: { catalogUrl: url } } });

describe('the shell services', () => {
  it('makes each service once, on first use, and shares it', () => {
    const services = new ShellServices(withCatalogue('http://127.0.0.1:9/a.json'));
    const feed = services.get(feedService);
    expect(feed?.url).toBe('http://127.0.0.1:9/a.json');
    expect(services.get(feedService)).toBe(feed);
    expect(services.get(countService).of).toBe(feed);
  });

  it('remembers that a source is missing (no service), without asking again', () => {
    const create = vi.fn(() => null);
    const absent = defineService<null>({ name: 'test.absent', create });
    const services = new ShellServices(applyDefaults({}));
    expect(services.get(absent)).toBeNull();
    expect(services.get(absent)).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('stops every service of the old config and makes them again from a new one', () => {
    const services = new ShellServices(withCatalogue('http://127.0.0.1:9/a.json'));
    const old = services.get(feedService);
    const oldCount = services.get(countService);
    services.reconfigure(withCatalogue('http://127.0.0.1:9/b.json'));
    expect(old?.stopped).toBe(true);
    const fresh = services.get(feedService);
    expect(fresh?.url).toBe('http://127.0.0.1:9/b.json');
    expect(services.get(countService)).not.toBe(oldCount);
    expect(services.get(countService).of).toBe(fresh);
  });

  it('keeps its services when given the config it already has', () => {
    const config = withCatalogue('http://127.0.0.1:9/a.json');
    const services = new ShellServices(config);
    const feed = services.get(feedService);
    services.reconfigure(config);
    expect(services.get(feedService)).toBe(feed);
    expect(feed?.stopped).toBe(false);
  });

  it('goes on stopping the others when one fails to stop, and says so in the log', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stubborn = defineService<object>({
      name: 'test.stubborn',
      create: () => ({}),
      stop: () => {
        throw new Error('socket already gone');
      },
    });
    const services = new ShellServices(withCatalogue('http://127.0.0.1:9/a.json'));
    services.get(stubborn);
    const feed = services.get(feedService);
    services.stopAll();
    expect(feed?.stopped).toBe(true);
    expect(error).toHaveBeenCalledWith(
      '[hearth:services] test.stubborn did not stop cleanly',
      expect.any(Error),
    );
    error.mockRestore();
  });
});
