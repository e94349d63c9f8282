/// <reference types="msw/vite/client" />
/** Values Vite writes into the build (see vite.config.ts `define`). */
declare const __HEARTH_VERSION__: string;
/** True in the demo build, which carries the embedded demo backend. */
declare const __HEARTH_DEMO__: boolean;
