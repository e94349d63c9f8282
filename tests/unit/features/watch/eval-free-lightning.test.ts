/**
 * The eval-free template patcher and property paths must build exactly what
 * Lightning's compiled ones build: the same property sets, children, refs and
 * bindings, in the same order. Each template runs through both against recording
 * stand-ins for elements, and the two records are compared.
 */
import { Component, Element } from '@lightningjs/core';
import { describe, expect, it } from 'vitest';
import {
  interpretTemplate,
  propertyGetter,
  propertySetter,
} from '@src/features/watch/lightning/eval-free-lightning.js';
import { Banner } from '@src/features/watch/lightning/banner.js';
import { ChannelListPanel } from '@src/features/watch/lightning/channel-list-panel.js';
import { DigitsBox } from '@src/features/watch/lightning/digits-box.js';
import { GuideGrid } from '@src/features/watch/lightning/guide-grid.js';
import { NoticePanel } from '@src/features/watch/lightning/notice-panel.js';
import { RadioStill } from '@src/features/watch/lightning/radio-still.js';
import { WatchApp } from '@src/features/watch/lightning/watch-app.js';
import { WatchOverlays } from '@src/features/watch/lightning/watch-overlays.js';

type Template = Record<string, unknown>;
interface Patcher {
  f: (element: unknown, store: unknown[]) => void;
  a: unknown[];
}

/** Lightning's own, compiled with new Function (node allows eval). */
const compiled = (template: Template): Patcher =>
  (Component as unknown as { parseTemplate(t: Template): Patcher }).parseTemplate(template);

/** Elements, textures and component instances that write down what is done to them. */
function recorder() {
  const log: string[] = [];
  const names = new Map<unknown, string>();
  const name = (value: unknown): string => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
      return JSON.stringify(value) ?? String(value);
    }
    if (!names.has(value)) names.set(value, `#${names.size}`);
    return names.get(value) ?? '?';
  };
  const target = (label: string): Template => {
    const own: Template = {
      stage: { createElement: () => target(`${label}>element`) },
      childList: { add: (child: unknown) => log.push(`${label}.add(${name(child)})`) },
      enableTextTexture: () => {
        log.push(`${label}.enableTextTexture()`);
        return target(`${label}.text`);
      },
      __bindProperty: (binding: unknown, on: unknown, key: string) =>
        log.push(`bind ${name(binding)} to ${name(on)}.${key}`),
    };
    const element = new Proxy(own, {
      get(object, key: string) {
        if (key === 'texture' && !(key in object)) object[key] = target(`${label}.texture`);
        return object[key];
      },
      set(object, key: string, value: unknown) {
        log.push(`${label}.${key} = ${name(value)}`);
        object[key] = value;
        return true;
      },
    });
    name(element);
    return element;
  };
  /** A component type: `new` returns a recording element. */
  class RecordedComponent {
    constructor() {
      return target('component');
    }
  }
  return { log, target, RecordedComponent };
}

function records(template: (component: unknown) => Template, patcher: (t: Template) => Patcher) {
  const { log, target, RecordedComponent } = recorder();
  const root = target('root');
  const built = patcher(template(RecordedComponent));
  built.f(root, built.a);
  return log;
}

function expectSameAsCompiled(template: (component: unknown) => Template): void {
  const interpreted = records(template, interpretTemplate as (t: Template) => Patcher);
  expect(interpreted).toEqual(records(template, compiled));
  expect(interpreted.length).toBeGreaterThan(0);
}

/** A component class's template with its child component types swapped for recorders. */
function templateOf(type: { _template(): Template }) {
  return (component: unknown): Template => {
    const swap = (value: Template): Template =>
      Object.fromEntries(
        Object.entries(value).map(([key, inner]) => {
          if (key === 'type' && typeof inner === 'function') return [key, component];
          if (inner && (inner as object).constructor === Object)
            return [key, swap(inner as Template)];
          return [key, inner];
        }),
      );
    return swap(type._template());
  };
}

describe('Lightning without eval', () => {
  it.each([
    ['WatchApp', WatchApp],
    ['WatchOverlays', WatchOverlays],
    ['Banner', Banner],
    ['ChannelListPanel', ChannelListPanel],
    ['DigitsBox', DigitsBox],
    ['GuideGrid', GuideGrid],
    ['NoticePanel', NoticePanel],
    ['RadioStill', RadioStill],
  ])("builds %s's template as Lightning's compiled patcher does", (_name, type) => {
    expectSameAsCompiled(templateOf(type as unknown as { _template(): Template }));
  });

  it('follows every branch of parseTemplate the same way', () => {
    const shared = { some: 'object' };
    const binding = Component.bindProp('title');
    const textBinding = Component.bindProp('label');
    const shaderBinding = Component.bindProp('radius');
    const callback = () => 1;
    expectSameAsCompiled((component) => ({
      x: 10,
      y: -0.5,
      visible: false,
      zIndex: NaN,
      color: 0xff00ff00,
      src: 'logo "quoted".svg',
      label: null,
      onDone: callback,
      flex: { direction: 'column' },
      items: [1, 2],
      title: binding,
      Child: {
        w: 100,
        text: { text: '中文', fontSize: 30, wordWrap: true, maxLines: undefined },
        Grandchild: { type: component, rect: true, mount: 0.5 },
      },
      Bound: { text: textBinding },
      Shaded: { shader: { type: component, radius: shaderBinding, stroke: 2 } },
      Textured: { texture: { type: component, w: 4, lines: [1], colour: shaderBinding } },
      Retextured: { texture: { x: 3, precision: 2 } },
      Existing: shared,
      'lower-after': 3,
      Number: 5,
    }));
  });

  it('reads and writes property paths as the compiled getters and setters do', () => {
    const object = { alpha: 0.5, texture: { x: 3 } };
    expect(propertyGetter('alpha')(object)).toBe(0.5);
    expect(propertyGetter('texture.x')(object)).toBe(3);
    propertySetter('texture.x')(object, 9);
    propertySetter('alpha')(object, 1);
    expect(object).toEqual({ alpha: 1, texture: { x: 9 } });
    const lightningGetter = (
      Element as unknown as { getGetter(p: string): (o: unknown) => unknown }
    ).getGetter;
    expect(lightningGetter('texture.x')(object)).toBe(propertyGetter('texture.x')(object));
  });
});
