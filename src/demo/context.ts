import type { Clock } from './time';

/**
 * What every part of the demo backend is given by the handler factory: how to
 * turn one of its paths into the pattern msw matches, and the clock.
 */
export interface DemoContext {
  /**
   * The msw pattern for a path of the demo backend: the path itself (relative,
   * resolved by msw against `location` in a browser or worker) or, when an
   * origin was given, the absolute URL on that origin (Node has no `location`).
   */
  route(path: string): string;
  now: Clock;
}
