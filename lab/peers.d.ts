// The two peer libraries ship no types; only what the bench pages call is declared.
declare module 'spatial-navigation-polyfill';

declare module 'js-spatial-navigation' {
  interface SectionConfig {
    selector?: string;
    id?: string;
  }
  const SpatialNavigation: {
    init(): void;
    add(config: SectionConfig): string;
    makeFocusable(sectionId?: string): void;
    focus(target?: Element | string, silent?: boolean): boolean;
  };
  export default SpatialNavigation;
}
