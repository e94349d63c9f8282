/**
 * The parcels waiting in lockers, as cards at the top of 社区: where, and the
 * pickup code large enough to read from the sofa. Each card is a focus stop so
 * that read-aloud says it (the code one character at a time).
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Parcel } from '../../data/community/parcel.js';
import { focusable, zone } from '../../focus/directives.js';
import { scaled } from '../../ui/focus-styles.js';
import { noticeTime } from './notice-time.js';
import { spokenCode } from './spoken-code.js';

export function renderParcels(parcels: readonly Parcel[], timeZone: string, problem: boolean) {
  if (parcels.length === 0 && !problem) return nothing;
  return html`<section class="parcels">
    <h2>${msg('待取快递', { id: 'community.parcels' })}</h2>
    ${
      problem
        ? html`<p class="problem" role="status">
            ${msg('快递信息暂时无法更新。', { id: 'community.parcelsStale' })}
          </p>`
        : nothing
    }
    <ul class="parcel-row" ${zone({ id: 'community.parcels' })}>
      ${parcels.map(
        (parcel) =>
          html`<li
            class="parcel focusable"
            tabindex="-1"
            data-parcel=${parcel.id}
            aria-label=${msg(
              str`${parcel.carrier} ${parcel.locker}，取件码 ${spokenCode(parcel.code)}`,
              { id: 'community.parcelLabel' },
            )}
            ${focusable({ key: `parcel-${parcel.id}` })}
          >
            <span class="where">${parcel.carrier} · ${parcel.locker}</span>
            <span class="code-label">${msg('取件码', { id: 'community.pickupCode' })}</span>
            <span class="code">${parcel.code}</span>
            <span class="arrived">${noticeTime(parcel.arrivedAt, timeZone)}</span>
          </li>`,
      )}
    </ul>
  </section>`;
}

export const parcelStyles = css`
  .parcels {
    margin-bottom: 24px;
  }
  .parcel-row {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    margin: 0;
    padding: 12px;
  }
  .parcel {
    display: flex;
    flex-direction: column;
    min-width: 480px;
    margin: 0 24px 16px 0;
    padding: 20px 28px;
    border-radius: 14px;
    border-left: 14px solid var(--hearth-accent, #e8a33d);
    background: var(--hearth-surface, #1f252c);
  }
  .code-label,
  .arrived,
  .where {
    color: var(--hearth-muted, #bbb);
    font-size: ${scaled(26)};
  }
  .code {
    font-size: ${scaled(72)};
    font-weight: bold;
    letter-spacing: 0.15em;
    color: var(--hearth-fg, #fff);
  }
`;
