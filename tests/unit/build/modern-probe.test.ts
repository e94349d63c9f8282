/**
 * plugin-legacy's data: URL probe moves into files of the portal's own, so the
 * policy needs no data: scripts; each importer keeps a file of its own (WebKit
 * throws a failed module's error for its first importer only).
 */
import { describe, expect, it } from 'vitest';
import { importProbeFromFile } from '../../../scripts/vite-plugin-modern-probe.js';

const CHECK = 'if(!import.meta.resolve)throw Error("import.meta.resolve not supported")';
const page = `<script type="module">import'data:text/javascript,${CHECK}';import.meta.url;window.__vite_is_modern_browser=true</script>`;
const chunk = `import'data:text/javascript,"assets/index-A1.js";${CHECK}';export function f(){}`;

describe('the modern-build probe as files', () => {
  it('points the page and each chunk at a file of their own holding the same check', () => {
    const fromPage = importProbeFromFile(page, 'index.html');
    const fromChunk = importProbeFromFile(chunk, 'assets/index-A1.js');
    expect(fromPage?.probe.code).toBe(CHECK);
    expect(fromChunk?.probe.code).toBe(CHECK);
    expect(fromPage?.probe.fileName).not.toBe(fromChunk?.probe.fileName);
    expect(fromPage?.text).toContain(`import'./${fromPage?.probe.fileName}'`);
    expect(fromChunk?.text).toMatch(
      /^import'\.\/modern-probe-[0-9a-f]{8}\.js' *;export function f/,
    );
    expect(`${fromPage?.text}${fromChunk?.text}`).not.toContain('data:');
  });

  it('keeps each chunk the same length, so its source map still fits', () => {
    expect(importProbeFromFile(chunk, 'assets/index-A1.js')?.text.length).toBe(chunk.length);
  });

  it('leaves text without a probe alone and refuses any other data: script', () => {
    expect(importProbeFromFile('export const a = 1;', 'assets/a.js')).toBeNull();
    expect(() =>
      importProbeFromFile(`${chunk}import'data:text/javascript,alert(1)';`, 'assets/b.js'),
    ).toThrow(/still imports a data: URL/);
  });
});
