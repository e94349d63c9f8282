/**
 * The demo gateway's applications: each accepted once per Idempotency-Key,
 * given a receipt, and moved on with time (received → reviewing after a minute
 * → approved after three) so the portal's "track my application" has something
 * to show. The form data itself is not kept: only a fingerprint of it, to tell
 * a retry from a different application under a reused key. The state may be
 * persisted (by a service worker), and must hold no personal data.
 */
import { hashString } from '../seeded-random';
import { MINUTE_MS, formatBeijingDateKey, formatBeijingIso, type Clock } from '../time';

export type ApplicationStatus = 'received' | 'reviewing' | 'approved';

export interface SubmissionRecord {
  receipt: string;
  serviceId: string;
  idempotencyKey: string;
  /** Hash of the service id and the data, to recognise the same application. */
  fingerprint: string;
  receivedAt: number;
}

export interface SubmissionState {
  records: SubmissionRecord[];
  nextNumber: number;
}

export const emptySubmissionState = (): SubmissionState => ({ records: [], nextNumber: 1 });

export interface StatusAnswer {
  receipt: string;
  serviceId: string;
  status: ApplicationStatus;
  updatedAt: string;
  message: string;
}

const STAGES: ReadonlyArray<{ status: ApplicationStatus; after: number; message: string }> = [
  { status: 'received', after: 0, message: '已收到您的申请，正在排队等待受理。' },
  { status: 'reviewing', after: 1 * MINUTE_MS, message: '工作人员正在审核您提交的信息。' },
  {
    status: 'approved',
    after: 3 * MINUTE_MS,
    message: '审核通过。办理结果将以短信通知您，请留意。',
  },
];

export type SubmitOutcome =
  { kind: 'created' | 'repeated'; record: SubmissionRecord } | { kind: 'key-reused' };

export class SubmissionStore {
  private readonly _state: SubmissionState;

  constructor(
    private readonly _now: Clock,
    state: SubmissionState = emptySubmissionState(),
    private readonly _onChange: () => void = () => {},
  ) {
    this._state = JSON.parse(JSON.stringify(state)) as SubmissionState;
  }

  exportState(): SubmissionState {
    return JSON.parse(JSON.stringify(this._state)) as SubmissionState;
  }

  /** Accepts an application once per key; a retry gets the first answer back. */
  submit(idempotencyKey: string, serviceId: string, data: unknown): SubmitOutcome {
    const fingerprint = hashString(`${serviceId}\n${JSON.stringify(data)}`).toString(16);
    const earlier = this._state.records.find((record) => record.idempotencyKey === idempotencyKey);
    if (earlier) {
      return earlier.fingerprint === fingerprint
        ? { kind: 'repeated', record: earlier }
        : { kind: 'key-reused' };
    }
    const receivedAt = this._now();
    const record: SubmissionRecord = {
      // TV + date + a running number: what a 一网通办 受理编号 looks like, roughly.
      receipt: `TV${formatBeijingDateKey(receivedAt)}-${String(this._state.nextNumber).padStart(6, '0')}`,
      serviceId,
      idempotencyKey,
      fingerprint,
      receivedAt,
    };
    this._state.nextNumber += 1;
    this._state.records.push(record);
    this._onChange();
    return { kind: 'created', record };
  }

  /**
   * Demo only: the back office moves an application on to its next stage now
   * (as if the minutes had passed), so a demo or a test need not wait.
   */
  advance(receipt: string): boolean {
    const record = this._state.records.find((candidate) => candidate.receipt === receipt);
    if (!record) return false;
    const elapsed = this._now() - record.receivedAt;
    const next = STAGES.find((stage) => stage.after > elapsed);
    if (!next) return true;
    record.receivedAt = this._now() - next.after;
    this._onChange();
    return true;
  }

  status(receipt: string): StatusAnswer | undefined {
    const record = this._state.records.find((candidate) => candidate.receipt === receipt);
    if (!record) return undefined;
    const elapsed = this._now() - record.receivedAt;
    const [first] = STAGES;
    let stage = first;
    for (const candidate of STAGES) if (elapsed >= candidate.after) stage = candidate;
    if (!stage) throw new Error('no stages');
    return {
      receipt,
      serviceId: record.serviceId,
      status: stage.status,
      updatedAt: formatBeijingIso(record.receivedAt + stage.after),
      message: stage.message,
    };
  }
}
