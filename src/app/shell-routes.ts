/**
 * Screens that belong to the shell rather than to an area (no home tile).
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { RouteDefinition } from './area-registry.js';

export const SHELL_ROUTES: RouteDefinition[] = [
  {
    path: 'outbox',
    title: () => msg('等待发送', { id: 'outbox.title' }),
    load: () => import('./outbox-screen.js'),
    render: () => html`<hearth-outbox></hearth-outbox>`,
  },
];
