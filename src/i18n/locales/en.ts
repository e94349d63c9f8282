/**
 * The English locale module @lit/localize loads on demand: the shell's
 * templates and every area's (`src/features/<id>/english.ts`, found by name so
 * a new area adds its English in its own folder), merged into one chunk. Ids
 * are namespaced by area, so merging never collides.
 */
import type { TemplateMap } from '@lit/localize';
import { configTemplates } from '../en/config.js';
import { inputsTemplates } from '../en/inputs.js';
import { lightningAppTemplates } from '../en/lightning-app.js';
import { outboxTemplates } from '../en/outbox.js';
import { pinTemplates } from '../en/pin.js';
import { shellTemplates } from '../en/shell.js';

const areaEnglish = import.meta.glob<{ templates: TemplateMap }>('../../features/*/english.ts', {
  eager: true,
});

export const templates: TemplateMap = Object.assign(
  {},
  shellTemplates,
  configTemplates,
  outboxTemplates,
  pinTemplates,
  inputsTemplates,
  lightningAppTemplates,
  ...Object.values(areaEnglish).map((area) => area.templates),
);
