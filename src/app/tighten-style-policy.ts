/**
 * The built page's policy (scripts/vite-plugin-csp.ts) allows inline styles,
 * because Lit writes a <style> into each shadow root on engines without
 * constructable stylesheets (Chromium < 73, WPE 2.38) and one static policy
 * serves every engine. Where Lit adopts stylesheets instead, nothing of Hearth's
 * needs an inline style (style bindings go through styleMap, which sets
 * properties, not the attribute), so a second policy forbids them: an injected
 * <style> or style="…" attribute cannot restyle the page to hide or fake
 * anything. A document obeys every policy it has, so adding one only narrows.
 */
import { supportsAdoptingStyleSheets } from 'lit';

export const STRICT_STYLE_POLICY = "style-src 'self'";

/** Adds the stricter policy when this engine and page allow it; says whether it did. */
export function tightenStylePolicy(doc: Document = document): boolean {
  const built = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
  // The dev server's page carries no policy and injects its styles inline.
  if (!built || !supportsAdoptingStyleSheets) return false;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = STRICT_STYLE_POLICY;
  built.after(meta);
  return true;
}
