/** The dashboard's list of what went off recently, so the household can see it afterwards. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { focusable } from '../../focus/directives.js';
import { alarmHistory } from './alarm-history.js';
import { alarmPlace, alarmTitle } from './alarm-words.js';
import { h23Clock } from '../../i18n/h23-clock.js';

export function alarmHistoryList(timeZone: string) {
  const records = alarmHistory().slice(0, 10);
  if (records.length === 0) return nothing;
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...h23Clock(),
  });
  return html`<section class="room">
    <h2>${msg('报警记录', { id: 'home.history' })}</h2>
    <ul class="history">
      ${records.map((r) => {
        const alarm = { ...r, entityId: '', critical: r.kind !== 'doorbell' };
        return html`<li
          class="focusable"
          tabindex="-1"
          data-alarm=${r.key}
          ${focusable({ key: `history:${r.key}` })}
        >
          <strong>${time.format(r.at)}</strong> ${alarmTitle(alarm)} · ${alarmPlace(alarm)}
        </li>`;
      })}
    </ul>
  </section>`;
}
