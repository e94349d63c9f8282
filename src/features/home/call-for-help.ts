/**
 * The call for help: the Home Assistant service the operator named (a script
 * or a notify service that reaches the family). The result is said in words
 * by whoever asked.
 */
import type { HearthConfig } from '../../config/types.js';
import { homeConnection } from './home-service.js';

export type HelpResult = 'sent' | 'not-configured' | 'failed';

export async function callForHelp(config: HearthConfig): Promise<HelpResult> {
  const sos = config.sources.home?.sos;
  const home = homeConnection(config);
  if (!sos || !home) return 'not-configured';
  const [domain, service] = sos.service.split('.', 2);
  if (!domain || !service) return 'not-configured';
  try {
    await home.callService(domain, service, { message: 'SOS' });
    return 'sent';
  } catch (error) {
    console.error('[hearth:home] call for help failed', error);
    return 'failed';
  }
}
