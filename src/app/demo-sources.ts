/**
 * In the demo build, every source the operator's config leaves out points at
 * the embedded demo backend, so a fresh `npm start` is a complete portal. Each
 * area says where its demo data is in its own `demo-source.ts`, found here by
 * name: only main.ts's demo branch reaches this file, so the production build
 * holds none of it (tests/e2e/build/production-build.spec.ts checks).
 */
import type { HearthConfig, HearthSources } from '../config/types.js';

/**
 * One area's demo source: given the operator's sources and a way to make an
 * address of the demo backend absolute, the sources it fills in. It keeps what
 * the operator set.
 */
export type DemoSource = (
  operator: HearthSources,
  at: (path: string) => string,
) => Partial<HearthSources>;

const areaModules = import.meta.glob<{ demoSource: DemoSource }>('../features/*/demo-source.ts', {
  eager: true,
});

export function withDemoSources(config: HearthConfig, origin: string): HearthConfig {
  const at = (path: string) => new URL(path, origin).href;
  let sources: HearthSources = { ...config.sources };
  for (const { demoSource } of Object.values(areaModules)) {
    sources = { ...sources, ...demoSource(config.sources, at) };
  }
  return { ...config, sources };
}
