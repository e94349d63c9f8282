/**
 * The guide worker: a module Vite bundles on its own (see
 * create-guide-worker.ts). Parsing a 38 MB guide takes about a second of
 * uninterrupted work; here it never blocks the page's input or rendering, and
 * the store of 200,000 programmes stays in this worker's memory.
 * The protocol is in guide-messages.ts, the work in guide-service.ts.
 */
import '../worker-polyfills.js';
import type { GuideRequest, GuideResponse } from './guide-messages.js';
import { createGuideService } from './guide-service.js';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  postMessage(message: GuideResponse): void;
  onmessage: ((event: MessageEvent<GuideRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const service = createGuideService({ post: (message) => scope.postMessage(message) });

scope.onmessage = (event) => {
  void service.handle(event.data);
};
