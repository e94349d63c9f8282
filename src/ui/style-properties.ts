/**
 * `style=${styleProperties({ 'margin-left': '32px', '--level': colour })}`: sets
 * an element's style properties one by one through the CSSOM, never by writing
 * its `style` attribute. Lit's own styleMap writes the attribute on the first
 * render, which a Content-Security-Policy without 'unsafe-inline' refuses (see
 * app/tighten-style-policy.ts); properties set through the CSSOM are not inline
 * styles to a policy. Names are written as in CSS (kebab-case, or --custom).
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  private readonly _set = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    const attribute = partInfo as PartInfo & { name?: string; strings?: readonly string[] };
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      attribute.name !== 'style' ||
      (attribute.strings?.length ?? 0) > 2
    ) {
      throw new Error('styleProperties() belongs alone in a style attribute: style=${…}');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this._set) {
      if (properties[name] === undefined) {
        style.removeProperty(name);
        this._set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this._set.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
