/**
 * The call for help: the Home Assistant service the operator named (a script
 * or a notify service that reaches the family). The result is said in words
 * by whoever asked.
 *
 * A call for help is not a light switch: if the hub is still connecting (just
 * after the TV woke) or reconnecting (the Wi-Fi blinked), it waits for the
 * link, and tries again if the link drops mid-call, for up to HELP_WAIT_MS,
 * before saying it failed. (A retry after a drop may reach the family twice:
 * better than not at all.)
 */
import type { HomeConnection } from '../../data/home/home-connection.js';
import { HomeServiceError } from '../../data/home/home-service-error.js';
import type { ShellServices } from '../../app/shell-services.js';
import { householdHomeService } from '../../data/home/household-home.js';

export type HelpResult = 'sent' | 'not-configured' | 'failed';

export const HELP_WAIT_MS = 20_000;

type HelpLine = Pick<HomeConnection, 'snapshot' | 'callService'> & EventTarget;

export async function callForHelp(services: ShellServices): Promise<HelpResult> {
  const sos = services.config.sources.home?.sos;
  const home = services.get(householdHomeService);
  if (!sos || !home) return 'not-configured';
  return callHelpService(home, sos.service);
}

/** Calls `service` ("script.sos_call") on `home`, waiting out a link that is not up yet. */
export async function callHelpService(
  home: HelpLine,
  service: string,
  waitMs = HELP_WAIT_MS,
): Promise<HelpResult> {
  const [domain, name] = service.split('.', 2);
  if (!domain || !name) return 'not-configured';
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (!(await linkUp(home, deadline - Date.now()))) {
      console.error(`[hearth:home] call for help failed: Home Assistant ${home.snapshot.status}`);
      return 'failed';
    }
    try {
      await home.callService(domain, name, { message: 'SOS' });
      return 'sent';
    } catch (error) {
      const linkLost =
        error instanceof HomeServiceError &&
        (error.code === 'not_connected' || error.code === 'connection_lost');
      if (!linkLost || Date.now() >= deadline) {
        console.error('[hearth:home] call for help failed', error);
        return 'failed';
      }
    }
  }
}

/** True once the hub is live; false when the time is up or the token was refused. */
function linkUp(home: HelpLine, withinMs: number): Promise<boolean> {
  const settled = () => {
    const status = home.snapshot.status;
    return status === 'live' ? true : status === 'auth-failed' ? false : undefined;
  };
  const now = settled();
  if (now !== undefined || withinMs <= 0) return Promise.resolve(now ?? false);
  return new Promise((resolve) => {
    const done = (result: boolean) => {
      clearTimeout(timer);
      home.removeEventListener('status', onStatus);
      resolve(result);
    };
    const onStatus = () => {
      const result = settled();
      if (result !== undefined) done(result);
    };
    const timer = setTimeout(() => done(false), withinMs);
    home.addEventListener('status', onStatus);
  });
}
