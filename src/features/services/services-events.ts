/** What the services views tell their screen and the form its controller (ui/hearth-events.ts). */
declare global {
  interface HearthEvents {
    'services-search': { query: string };
    'services-open': { id: string };
    'services-applications': null;
    'services-drafts': null;
    'services-apply': null;
    'services-handoff': null;
    'applications-refresh': null;
    'draft-resume': { serviceId: string };
    'draft-discard': { serviceId: string };
    'form-step': { index: number };
    'form-next': null;
    'form-edit': { pointer: string };
    'form-toggle': { pointer: string };
    'form-change': { pointer: string; value: unknown };
    'review-submit': null;
    'editor-close': null;
  }
}

export {};
