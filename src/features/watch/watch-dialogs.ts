/**
 * The DOM dialogs live TV opens over its canvas: the household PIN for a
 * locked channel (channel-unlock.ts), 搜索节目 (programme-search-view.ts) and
 * a favourite list's name (list-name-dialog.ts). Each is loaded the first
 * time it is needed, not with live TV.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Programme } from '../../data/guide/guide-types.js';
import type { FoundProgramme } from './programme-finder.js';
import type { HearthEvent } from '../../ui/hearth-events.js';

export type WatchDialog =
  | { kind: 'unlock'; channelName: string }
  | { kind: 'search' }
  | { kind: 'list-name'; current: string; done: (name: string) => void };

export interface WatchDialogHandlers {
  /** Back: the dialog closes and nothing changes. */
  close: () => void;
  /** The household PIN was right. */
  unlocked: () => void;
  find: (query: string) => Promise<FoundProgramme[]>;
  /** OK on a programme found. */
  chosen: (index: number, programme: Programme) => void;
}

export function loadWatchDialog(dialog: WatchDialog): Promise<unknown> {
  if (dialog.kind === 'unlock') return import('./channel-unlock.js');
  if (dialog.kind === 'list-name') return import('./list-name-dialog.js');
  return import('./programme-search-view.js');
}

export function renderWatchDialog(
  dialog: WatchDialog | null,
  on: WatchDialogHandlers,
): TemplateResult | typeof nothing {
  if (!dialog) return nothing;
  if (dialog.kind === 'unlock') {
    return html`<hearth-channel-unlock
      channel-name=${dialog.channelName}
      @hearth-unlocked=${on.unlocked}
      @hearth-dialog-close=${on.close}
    ></hearth-channel-unlock>`;
  }
  if (dialog.kind === 'list-name') {
    return html`<hearth-list-name
      .value=${dialog.current}
      @list-named=${(event: HearthEvent<'list-named'>) => {
        on.close();
        dialog.done(event.detail.name);
      }}
      @hearth-dialog-close=${on.close}
    ></hearth-list-name>`;
  }
  return html`<hearth-programme-search
    .find=${on.find}
    @programme-chosen=${(event: HearthEvent<'programme-chosen'>) =>
      on.chosen(event.detail.index, event.detail.programme)}
    @hearth-dialog-close=${on.close}
  ></hearth-programme-search>`;
}
