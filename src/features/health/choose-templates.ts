/** The first screens: what to do, which department, which doctor. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Department, Doctor } from '../../data/health/health-types.js';
import { focusable, zone } from '../../focus/directives.js';

export function menuTemplate(
  returnKey: string | undefined,
  onBook: () => void,
  onMine: () => void,
) {
  return html`<h2>${msg('预约挂号和视频问诊', { id: 'health.menu.title' })}</h2>
    <p class="lead">
      ${msg('在电视上选科室、医生和时间，直接向医院预约。', { id: 'health.menu.lead' })}
    </p>
    <div class="cards" ${zone({ id: 'health.menu' })}>
      <button
        class="card focusable"
        data-action="book"
        ${focusable({ key: 'book', autofocus: returnKey !== 'mine' })}
        @click=${onBook}
      >
        <span class="text">
          <span class="name">${msg('预约挂号', { id: 'health.menu.book' })}</span>
          <span class="sub"
            >${msg('选科室、医生、日子和时间', { id: 'health.menu.bookHint' })}</span
          >
        </span>
      </button>
      <button
        class="card focusable"
        data-action="mine"
        ${focusable({ key: 'mine', autofocus: returnKey === 'mine' })}
        @click=${onMine}
      >
        <span class="text">
          <span class="name">${msg('我的预约', { id: 'health.menu.mine' })}</span>
          <span class="sub"
            >${msg('查看、取消、进入视频诊室', { id: 'health.menu.mineHint' })}</span
          >
        </span>
      </button>
    </div>`;
}

export function departmentsTemplate(
  departments: readonly Department[],
  returnKey: string | undefined,
  onPick: (department: Department) => void,
) {
  return html`<h2>${msg('选择科室', { id: 'health.departments.title' })}</h2>
    <div class="scroller" ${zone({ id: 'health.departments', scroll: true })}>
      <div class="cards">
        ${departments.map(
          (department) =>
            html`<button
              class="card focusable"
              data-department=${department.reference}
              ${focusable({ key: department.reference, autofocus: department.reference === returnKey })}
              @click=${() => onPick(department)}
            >
              <span class="text">
                <span class="name">${department.name}</span>
                ${
                  department.video
                    ? html`<span
                        ><span class="badge">${msg('视频问诊', { id: 'health.video' })}</span></span
                      >`
                    : nothing
                }
                ${department.comment ? html`<span class="sub">${department.comment}</span>` : nothing}
              </span>
            </button>`,
        )}
      </div>
    </div>`;
}

export function doctorsTemplate(
  department: Department,
  doctors: readonly Doctor[],
  returnKey: string | undefined,
  onPick: (doctor: Doctor) => void,
) {
  return html`<h2>${department.name} · ${msg('选择医生', { id: 'health.doctors.title' })}</h2>
    <div class="scroller" ${zone({ id: 'health.doctors', scroll: true })}>
      <div class="cards">
        ${doctors.map(
          (doctor) =>
            html`<button
              class="card focusable"
              data-doctor=${doctor.practitionerReference}
              ${focusable({
                key: doctor.practitionerReference,
                autofocus: doctor.practitionerReference === returnKey,
              })}
              @click=${() => onPick(doctor)}
            >
              ${
                doctor.photoUrl
                  ? html`<img class="photo" src=${doctor.photoUrl} alt="" />`
                  : html`<span class="photo" aria-hidden="true">${[...doctor.name][0] ?? ''}</span>`
              }
              <span class="text">
                <span class="name">${doctor.name}</span>
                ${doctor.title ? html`<span class="sub">${doctor.title}</span>` : nothing}
              </span>
            </button>`,
        )}
      </div>
    </div>`;
}
