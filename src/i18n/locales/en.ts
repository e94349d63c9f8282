/**
 * The English locale module @lit/localize loads on demand: every area's
 * templates merged. Ids are namespaced by area, so merging never collides.
 */
import { alertsTemplates } from '../en/alerts.js';
import { communityTemplates } from '../en/community.js';
import { configTemplates } from '../en/config.js';
import { healthTemplates } from '../en/health.js';
import { homeTemplates } from '../en/home.js';
import { inputsTemplates } from '../en/inputs.js';
import { outboxTemplates } from '../en/outbox.js';
import { pinTemplates } from '../en/pin.js';
import { servicesTemplates } from '../en/services.js';
import { settingsTemplates } from '../en/settings.js';
import { shellTemplates } from '../en/shell.js';
import { watchTemplates } from '../en/watch.js';

export const templates = {
  ...shellTemplates,
  ...configTemplates,
  ...settingsTemplates,
  ...outboxTemplates,
  ...alertsTemplates,
  ...watchTemplates,
  ...homeTemplates,
  ...healthTemplates,
  ...pinTemplates,
  ...servicesTemplates,
  ...communityTemplates,
  ...inputsTemplates,
};
