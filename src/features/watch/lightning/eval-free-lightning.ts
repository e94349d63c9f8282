/**
 * Lightning without eval, so the portal's Content-Security-Policy can leave out
 * 'unsafe-eval' (issue #16, point 12).
 *
 * @lightningjs/core compiles three things with `new Function`: each component's
 * template (Component.parseTemplate), and the property paths that transitions and
 * animations read and write (Element.getGetter / getSetter). Its state-machine
 * routers do too, but only for classes with `_states()`, which Hearth's
 * components do not have (and Lightning's own do not either).
 *
 * The replacements below do the same work by walking the same objects at run
 * time: the template patcher mirrors parseTemplateRec step for step (same
 * order of property sets, same refs, same bindings), so a component builds the
 * same tree. They are a little slower per instance, which Hearth's few dozen
 * Lightning elements do not notice. tests/unit/features/watch/eval-free-lightning
 * compares them with the compiled versions on the templates Hearth uses.
 */
import { Component, Element, Utils } from '@lightningjs/core';

/** What Lightning's generated code touches on the elements it builds. */
interface TemplateTarget {
  stage: { createElement(): TemplateTarget };
  childList: { add(child: unknown): void };
  ref?: string;
  enableTextTexture(): Record<string, unknown>;
  __bindProperty(binding: unknown, target: object, key: string): void;
  [key: string]: unknown;
}

// Templates are untyped at run time: the casts below read them as Lightning's generated code did.
type Template = Record<string, unknown>;
type ComponentType = new (stage: unknown) => TemplateTarget;

function isBinding(value: unknown): boolean {
  return (value as { __propertyBinding?: unknown }).__propertyBinding === true;
}

/** parseTemplatePropRec: plain properties of a text or texture object. */
function applyProperties(
  template: object,
  owner: TemplateTarget,
  target: Record<string, unknown>,
): void {
  for (const key of Object.keys(template)) {
    if (key === 'type') continue;
    const value = (template as Template)[key];
    // Numbers and booleans are not objects, so this is parseTemplatePropRec's order.
    if (Utils.isObject(value) && isBinding(value)) {
      owner.__bindProperty(value, target, key);
    } else {
      target[key] = value;
    }
  }
}

/** parsePropertyBindings: only the bindings of a shader's settings. */
function applyBindings(template: Template, owner: TemplateTarget, target: object): void {
  for (const key of Object.keys(template)) {
    if (key === 'type') continue;
    const value = template[key];
    if (Utils.isObjectLiteral(value) && isBinding(value)) owner.__bindProperty(value, target, key);
  }
}

/** parseTemplateRec, interpreted instead of compiled. */
function applyTemplate(template: Template, owner: TemplateTarget, cursor: TemplateTarget): void {
  for (const key of Object.keys(template)) {
    const value = template[key];
    if (Utils.isUcChar(key.charCodeAt(0))) {
      if (Utils.isObjectLiteral(value)) {
        const childTemplate = value as Template;
        const type = (childTemplate['type'] ?? Element) as unknown;
        const child =
          type === Element
            ? owner.stage.createElement()
            : new (type as ComponentType)(cursor.stage);
        child.ref = key;
        applyTemplate(childTemplate, owner, child);
        cursor.childList.add(child);
      } else if (Utils.isObject(value)) {
        cursor.childList.add(value);
      }
    } else if (key === 'text') {
      const texture = cursor.enableTextTexture();
      if (isBinding(value)) owner.__bindProperty(value, cursor, key);
      else applyProperties(Object(value) as object, owner, texture);
    } else if (key === 'shader' && Utils.isObjectLiteral(value)) {
      cursor[key] = value;
      applyBindings(value as Template, owner, cursor[key] as object);
    } else if (key === 'texture' && Utils.isObjectLiteral(value)) {
      const settings = value as Template;
      const type = settings['type'] as ComponentType | undefined;
      if (type) {
        const texture = new type(cursor.stage);
        applyProperties(settings, owner, texture);
        cursor[key] = texture;
      } else {
        applyProperties(settings, owner, cursor[key] as Record<string, unknown>);
      }
    } else if (Utils.isObjectLiteral(value) && isBinding(value)) {
      owner.__bindProperty(value, cursor, key);
    } else {
      cursor[key] = value;
    }
  }
}

/** What Component.getTemplateFunc expects back: f(element, store). */
export function interpretTemplate(template: Template): {
  f: (element: TemplateTarget) => void;
  a: never[];
} {
  return { f: (element) => applyTemplate(template, element, element), a: [] };
}

/** 'a.b.c' → reads obj.a.b.c, as `new Function('obj', 'return obj.' + path)` did. */
export function propertyGetter(path: string): (obj: unknown) => unknown {
  const steps = path.split('.');
  return (obj) => steps.reduce<unknown>((at, step) => (at as Template)[step], obj);
}

/** 'a.b.c' → writes obj.a.b.c = v. */
export function propertySetter(path: string): (obj: unknown, value: unknown) => void {
  const steps = path.split('.');
  const last = steps.pop() ?? path;
  return (obj, value) => {
    const parent = steps.reduce<unknown>((at, step) => (at as Template)[step], obj);
    (parent as Template)[last] = value;
  };
}

interface LightningStatics {
  parseTemplate(template: Template): unknown;
  getGetter(path: string): unknown;
  getSetter(path: string): unknown;
}

/** Installs the replacements on Lightning's classes; call before the first Stage. */
export function installEvalFreeLightning(): void {
  // Internal statics, absent from Lightning's declared types: they are what is replaced.
  const component = Component as unknown as LightningStatics;
  component.parseTemplate = interpretTemplate;
  const element = Element as unknown as LightningStatics;
  const getters = new Map<string, (obj: unknown) => unknown>();
  const setters = new Map<string, (obj: unknown, value: unknown) => void>();
  element.getGetter = (path: string) => {
    let getter = getters.get(path);
    if (!getter) getters.set(path, (getter = propertyGetter(path)));
    return getter;
  };
  element.getSetter = (path: string) => {
    let setter = setters.get(path);
    if (!setter) setters.set(path, (setter = propertySetter(path)));
    return setter;
  };
}
