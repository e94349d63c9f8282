/**
 * Why a control did not happen. Home Assistant's own refusals keep its error
 * `code` (e.g. `service_validation_error`, `not_found`, `home_assistant_error`)
 * and, when it sends them, the translation key (`invalid_code`,
 * `code_arm_required`…) and placeholders the screen can word a message from.
 * Hearth adds two codes of its own: `not_connected` (no link to the hub when
 * the call was made) and `connection_lost` (the link dropped before the answer;
 * the hub may or may not have acted).
 */
export class HomeServiceError extends Error {
  readonly code: string;
  readonly translationKey?: string;
  readonly translationDomain?: string;
  readonly translationPlaceholders?: Readonly<Record<string, string>>;

  constructor(
    code: string,
    message: string,
    translation: {
      key?: string;
      domain?: string;
      placeholders?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'HomeServiceError';
    this.code = code;
    if (translation.key !== undefined) this.translationKey = translation.key;
    if (translation.domain !== undefined) this.translationDomain = translation.domain;
    if (translation.placeholders !== undefined) {
      this.translationPlaceholders = translation.placeholders;
    }
  }
}

/** Numeric codes home-assistant-js-websocket rejects with (its errors.ts). */
const LIBRARY_CONNECTION_LOST = 3;

/**
 * Turns whatever the client library rejected a command with into a
 * HomeServiceError: Home Assistant's `{ code, message, translation_key… }`, the
 * library's `{ code: 3, message: 'Connection lost' }` or a bare `3`. Only the
 * known fields are copied, never the raw value, so nothing else (a URL, a
 * socket, a token) can ride along into a log.
 */
export function toHomeServiceError(error: unknown): HomeServiceError {
  if (error instanceof HomeServiceError) return error;
  if (error === LIBRARY_CONNECTION_LOST) return connectionLost();
  if (typeof error === 'object' && error !== null) {
    const body = error as Record<string, unknown>;
    if (body['code'] === LIBRARY_CONNECTION_LOST) return connectionLost();
    if (typeof body['code'] === 'string') {
      const message = typeof body['message'] === 'string' ? body['message'] : body['code'];
      return new HomeServiceError(body['code'], message, {
        key: stringOrUndefined(body['translation_key']),
        domain: stringOrUndefined(body['translation_domain']),
        placeholders: stringRecord(body['translation_placeholders']),
      });
    }
  }
  return new HomeServiceError('unknown_error', 'Home Assistant did not carry out the action');
}

function connectionLost(): HomeServiceError {
  return new HomeServiceError(
    'connection_lost',
    'The connection to Home Assistant dropped before it answered',
  );
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') record[key] = String(item);
  }
  return record;
}
