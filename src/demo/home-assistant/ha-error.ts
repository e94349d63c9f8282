import type { HaErrorBody } from './ha-types';

/**
 * Home Assistant's WebSocket error codes the demo produces
 * (homeassistant/components/websocket_api/const.py).
 */
export type HaErrorCode =
  | 'id_reuse'
  | 'invalid_format'
  | 'not_found'
  | 'unknown_command'
  | 'home_assistant_error'
  | 'service_validation_error'
  | 'unknown_error';

/**
 * A failure a command handler throws; the protocol turns it into a
 * `{ success: false, error }` result. Home Assistant reports a rejected
 * alarm or lock code as `service_validation_error` with the reason in
 * `translation_key` (e.g. `invalid_code`), so clients should branch on that.
 */
export class HaError extends Error {
  constructor(
    readonly code: HaErrorCode,
    message: string,
    readonly translation?: {
      domain: string;
      key: string;
      placeholders?: Record<string, string>;
    },
  ) {
    super(message);
    this.name = 'HaError';
  }

  toBody(): HaErrorBody {
    const body: HaErrorBody = { code: this.code, message: this.message };
    if (this.translation) {
      body.translation_domain = this.translation.domain;
      body.translation_key = this.translation.key;
      if (this.translation.placeholders) {
        body.translation_placeholders = this.translation.placeholders;
      }
    }
    return body;
  }
}

/** A `ServiceValidationError`, prefixed the way Home Assistant's WebSocket API does. */
export function validationError(
  domain: string,
  key: string,
  message: string,
  placeholders?: Record<string, string>,
): HaError {
  return new HaError('service_validation_error', `Validation error: ${message}`, {
    domain,
    key,
    placeholders,
  });
}
