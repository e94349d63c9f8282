/**
 * TransformStream for the demo worker on engines before Chromium 67: msw's
 * interceptors define a class extending it while their module loads, so without
 * it the whole demo backend (and with it the service worker) fails to start.
 * Only the missing global is added; native streams stay native elsewhere.
 */
import { TransformStream as TransformStreamPonyfill } from 'web-streams-polyfill';

const scope = self as unknown as { TransformStream?: unknown };
if (typeof scope.TransformStream === 'undefined') scope.TransformStream = TransformStreamPonyfill;
