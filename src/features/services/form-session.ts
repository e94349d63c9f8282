/**
 * One application being filled in: its data (saved as a draft after every
 * change), the step shown, which problems the household has been told about,
 * and sending it. A problem is shown once the household has finished with a
 * field or tried to move on, never while they are still typing; once shown it
 * follows every change, so it goes away as soon as the field is right.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Service } from '../../data/services/catalog-types.js';
import {
  deleteDraft,
  draftAutosave,
  draftSubmissionKey,
  forgetDraftSubmissionKey,
  loadDraft,
  type DraftAutosave,
} from '../../data/services/drafts.js';
import type { Prefills } from '../../data/services/form-field.js';
import {
  allFields,
  buildFormModel,
  emptyFormData,
  findField,
  type FormModel,
} from '../../data/services/form-model.js';
import {
  formValidator,
  type FieldProblem,
  type FormValidator,
} from '../../data/services/form-validator.js';
import { setValue } from '../../data/services/json-pointer.js';
import type { Locale } from '../../data/services/localized.js';
import { submitApplication, type SubmitOutcome } from '../../data/services/submit-application.js';
import { setEditing } from '../../data/editing.js';
import { appActivity } from '../../data/app-activity.js';
import { problemWords } from './problem-words.js';

const EDITING_ID = 'services-form';

/** A new form with what the operator already knows (x-prefill) filled in: never typed twice. */
function prefilled(
  model: FormModel,
  data: Record<string, unknown>,
  prefill: Prefills,
): Record<string, unknown> {
  let filled = data;
  for (const field of allFields(model)) {
    const value = field.prefill && prefill[field.prefill];
    if (value) filled = setValue(filled, field.pointer, value);
  }
  return filled;
}

export class FormSession {
  readonly model: FormModel;
  data: Record<string, unknown>;
  step: number;
  /** Words per pointer, for the fields whose problems are shown. */
  shown = new Map<string, string>();
  private _autosave: DraftAutosave;
  private _validator: FormValidator | null = null;
  private _flushOnHide = () => void this._autosave.flush();

  private constructor(
    private readonly _host: ReactiveControllerHost,
    readonly service: Service,
    locale: Locale,
    draft: { data: Record<string, unknown>; stepIndex: number } | null,
    prefill: Prefills,
  ) {
    this.model = buildFormModel(service.form, locale);
    this.data = draft?.data ?? prefilled(this.model, emptyFormData(this.model), prefill);
    this.step = Math.min(draft?.stepIndex ?? 0, this.model.steps.length - 1);
    this._autosave = draftAutosave(service.id);
    window.addEventListener('pagehide', this._flushOnHide);
    document.addEventListener('visibilitychange', this._flushOnHide);
    appActivity.addEventListener('save', this._flushOnHide);
    setEditing(EDITING_ID, true);
  }

  /** Opens the service's form where its draft left off (or blank). */
  static async open(
    host: ReactiveControllerHost,
    service: Service,
    locale: Locale,
    prefill: Prefills = {},
  ): Promise<FormSession> {
    const draft = await loadDraft(service.id);
    const session = new FormSession(host, service, locale, draft, prefill);
    session._validator = await formValidator(service.form);
    return session;
  }

  /** Leaves the form: what is pending is written first. */
  async close(): Promise<void> {
    window.removeEventListener('pagehide', this._flushOnHide);
    document.removeEventListener('visibilitychange', this._flushOnHide);
    appActivity.removeEventListener('save', this._flushOnHide);
    setEditing(EDITING_ID, false);
    await this._autosave.flush();
  }

  change(pointer: string, value: unknown): void {
    this.data = setValue(this.data, pointer, value);
    this._autosave.update(this.data, this.step);
    if (this.shown.has(pointer)) this._show([pointer], false);
    this._host.requestUpdate();
  }

  /** The household is done with a field: say what is wrong with it, if anything. */
  finished(pointer: string): string {
    this._show([pointer], true);
    this._host.requestUpdate();
    return this.shown.get(pointer) ?? '';
  }

  goTo(step: number): void {
    this.step = Math.max(0, Math.min(step, this.model.steps.length - 1));
    this._autosave.update(this.data, this.step);
    this._host.requestUpdate();
  }

  /** Checks this step; true when the household may move on. */
  stepIsRight(): boolean {
    const step = this.model.steps[this.step];
    if (!step || !this._validator) return true;
    const problems = this._validator.validateStep(this.data, step);
    this._replace(problems);
    return problems.length === 0;
  }

  /** Checks the whole form (for the review page). */
  formIsRight(): boolean {
    const problems = this._validator?.validate(this.data) ?? [];
    this._replace(problems);
    return problems.length === 0;
  }

  fieldAt(pointer: string) {
    return findField(this.model, pointer);
  }

  async submit(locale: Locale): Promise<SubmitOutcome> {
    await this._autosave.flush();
    // Every attempt at this form goes with one key, kept with its draft.
    const idempotencyKey = await draftSubmissionKey(this.service.id).catch(() => undefined);
    const outcome = await submitApplication(this.service, this.data, { locale, idempotencyKey });
    if (outcome.kind === 'invalid') this._replace(outcome.problems);
    if (outcome.kind === 'invalid' || outcome.kind === 'refused')
      await forgetDraftSubmissionKey(this.service.id).catch(() => undefined);
    if (outcome.kind === 'submitted' || outcome.kind === 'queued') {
      this._autosave.cancel();
      await deleteDraft(this.service.id);
    }
    this._host.requestUpdate();
    return outcome;
  }

  private _problems(): FieldProblem[] {
    return this._validator?.validate(this.data) ?? [];
  }

  /** Re-checks `pointers` (adding them to what is shown when `reveal`). */
  private _show(pointers: string[], reveal: boolean): void {
    const current = new Map(this._problems().map((problem) => [problem.pointer, problem]));
    // A new map, so the views (which compare by identity) see the change.
    const shown = new Map(this.shown);
    for (const pointer of pointers) {
      const problem = current.get(pointer);
      if (problem && (reveal || shown.has(pointer))) shown.set(pointer, problemWords(problem));
      else shown.delete(pointer);
    }
    this.shown = shown;
  }

  private _replace(problems: FieldProblem[]): void {
    this.shown = new Map(problems.map((problem) => [problem.pointer, problemWords(problem)]));
    this._host.requestUpdate();
  }
}
