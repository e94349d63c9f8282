/**
 * The demo alert feed's messages: at start one active yellow rainstorm warning
 * and one expired blue cold-wave warning; `raise` adds an Alert, or an Update
 * or Cancel of an earlier one (demo only, for trying the alert overlay and for
 * e2e tests). Plain JSON state, so a service worker can keep it across restarts.
 */
import { formatBeijingDateKey, formatBeijingIso, HOUR_MS, MINUTE_MS, type Clock } from '../time';
import { ALERT_KINDS, ALERT_KIND_SPECS, type AlertKind } from './alert-kinds';
import { DEMO_SENDER, type CapMessage, type MsgType } from './cap-message';
import { SEVERITIES, type Severity } from './severity-levels';

export interface AlertState {
  messages: CapMessage[];
  nextNumber: number;
}

/** What `POST alertsRaise` accepts. */
export interface RaiseRequest {
  severity?: Severity;
  kind?: AlertKind;
  /** Identifier of a message to cancel. */
  cancel?: string;
  /** Identifier of a message to update. */
  update?: string;
}

export class RaiseError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a raise request's shape. */
export function parseRaiseRequest(body: unknown): RaiseRequest {
  if (!isRecord(body)) throw new RaiseError(400, 'The body must be a JSON object.');
  const { severity, kind, cancel, update } = body;
  if (severity !== undefined && !SEVERITIES.includes(severity as Severity)) {
    throw new RaiseError(400, `severity must be one of ${SEVERITIES.join(', ')}.`);
  }
  if (kind !== undefined && !ALERT_KINDS.includes(kind as AlertKind)) {
    throw new RaiseError(400, `kind must be one of ${ALERT_KINDS.join(', ')}.`);
  }
  if (cancel !== undefined && typeof cancel !== 'string')
    throw new RaiseError(400, 'cancel must be an identifier.');
  if (update !== undefined && typeof update !== 'string')
    throw new RaiseError(400, 'update must be an identifier.');
  if (cancel !== undefined && update !== undefined)
    throw new RaiseError(400, 'Give cancel or update, not both.');
  if (severity === undefined && cancel === undefined)
    throw new RaiseError(400, 'severity is required.');
  return {
    ...(severity === undefined ? {} : { severity: severity as Severity }),
    ...(kind === undefined ? {} : { kind: kind as AlertKind }),
    ...(cancel === undefined ? {} : { cancel }),
    ...(update === undefined ? {} : { update }),
  };
}

/** A new message, numbered from `state` (which it advances). */
function newMessage(
  state: AlertState,
  fields: Omit<CapMessage, 'identifier' | 'effective'>,
): CapMessage {
  const stamp = formatBeijingIso(fields.sent).slice(11, 19).replace(/:/g, '');
  const number = String(state.nextNumber).padStart(4, '0');
  state.nextNumber += 1;
  return {
    identifier: `CN-DEMO-110105-${formatBeijingDateKey(fields.sent)}${stamp}-${number}`,
    ...fields,
    effective: fields.sent,
  };
}

function initialState(now: number): AlertState {
  // Whole minutes, so the demo's times read like an observatory's.
  const start = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const state: AlertState = { messages: [], nextNumber: 1 };
  const expiredSent = start - 2 * 24 * HOUR_MS;
  const activeSent = start - 30 * MINUTE_MS;
  state.messages.push(
    newMessage(state, {
      sent: expiredSent,
      msgType: 'Alert',
      references: [],
      kind: 'cold-wave',
      severity: 'Minor',
      expires: expiredSent + 24 * HOUR_MS,
    }),
    newMessage(state, {
      sent: activeSent,
      msgType: 'Alert',
      references: [],
      kind: 'rainstorm',
      severity: 'Moderate',
      expires: activeSent + ALERT_KIND_SPECS.rainstorm.validHours * HOUR_MS,
    }),
  );
  return state;
}

export class AlertStore {
  private readonly _state: AlertState;

  constructor(
    private readonly _now: Clock,
    state?: AlertState,
    private readonly _onChange: () => void = () => {},
  ) {
    this._state = state
      ? (JSON.parse(JSON.stringify(state)) as AlertState)
      : initialState(this._now());
  }

  exportState(): AlertState {
    return JSON.parse(JSON.stringify(this._state)) as AlertState;
  }

  messages(): readonly CapMessage[] {
    return this._state.messages;
  }

  message(identifier: string): CapMessage | undefined {
    return this._state.messages.find((message) => message.identifier === identifier);
  }

  raise(request: RaiseRequest): CapMessage {
    const now = this._now();
    const target = request.cancel ?? request.update;
    let msgType: MsgType = 'Alert';
    let references: string[] = [];
    let kind: AlertKind = request.kind ?? 'rainstorm';
    let severity: Severity = request.severity ?? 'Minor';
    if (target !== undefined) {
      const earlier = this.message(target);
      if (!earlier) throw new RaiseError(404, `No alert with identifier ${target}.`);
      msgType = request.cancel !== undefined ? 'Cancel' : 'Update';
      // CAP references name every earlier message of the chain, oldest first.
      references = [
        ...earlier.references,
        `${DEMO_SENDER},${earlier.identifier},${formatBeijingIso(earlier.sent)}`,
      ];
      kind = request.kind ?? earlier.kind;
      severity = request.severity ?? earlier.severity;
    }
    const validHours = msgType === 'Cancel' ? 1 : ALERT_KIND_SPECS[kind].validHours;
    const message = newMessage(this._state, {
      sent: now,
      msgType,
      references,
      kind,
      severity,
      expires: now + validHours * HOUR_MS,
    });
    this._state.messages.push(message);
    this._onChange();
    return message;
  }
}
