/** The module at `entry` (an absolute .ts path), bundled for Node and imported. */
export function importTypeScript(entry: string): Promise<unknown>;
