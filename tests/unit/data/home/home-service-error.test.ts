import { describe, expect, it } from 'vitest';
import { HomeServiceError, toHomeServiceError } from '@src/data/home/home-service-error';

describe('toHomeServiceError', () => {
  it('keeps Home Assistant’s code, message and translation', () => {
    const error = toHomeServiceError({
      code: 'service_validation_error',
      message: 'Validation error: Invalid alarm code provided',
      translation_domain: 'manual',
      translation_key: 'invalid_code',
      translation_placeholders: { entity_id: 'alarm_control_panel.home' },
    });

    expect(error).toBeInstanceOf(HomeServiceError);
    expect(error).toMatchObject({
      code: 'service_validation_error',
      message: 'Validation error: Invalid alarm code provided',
      translationDomain: 'manual',
      translationKey: 'invalid_code',
      translationPlaceholders: { entity_id: 'alarm_control_panel.home' },
    });
  });

  it('reads the client library’s lost connection, as an object or a bare code', () => {
    expect(toHomeServiceError({ code: 3, message: 'Connection lost' }).code).toBe(
      'connection_lost',
    );
    expect(toHomeServiceError(3).code).toBe('connection_lost');
  });

  it('copies nothing else from an unknown failure', () => {
    const error = toHomeServiceError({ socket: 'ws://x', token: 'secret' });

    expect(error.code).toBe('unknown_error');
    expect(JSON.stringify(error) + error.message).not.toContain('secret');
  });
});
