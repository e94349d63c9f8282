/**
 * The address that plays a past programme of a channel, if the channel's list
 * says it keeps an archive and the programme is inside it. Pure: the caller
 * passes the clock and the portal's time zone.
 */
import type { Channel } from './channel-types.js';
import { catchupTemplate } from './catchup-source.js';
import { fillCatchupTemplate } from './catchup-template.js';

export interface CatchupProgramme {
  /** Epoch ms, as in the guide. */
  start: number;
  stop: number;
  /** XMLTV `catchup-id`, for `{catchup-id}` templates. */
  catchupId?: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * @param now epoch ms.
 * @param timeZone IANA zone for wall-clock placeholders (`{Y}`, `${(b)…}`);
 *   see catchup-template.ts for which ones are always UTC.
 */
export function catchupUrl(
  channel: Channel,
  programme: CatchupProgramme,
  now: number,
  timeZone = 'UTC',
): string | undefined {
  const template = availableTemplate(channel, programme, now);
  if (template === undefined) return undefined;
  // Correction fixes guide times that are off for this server, so every
  // programme-derived value moves with it (including `{offset}`); `now` does not.
  const correction = (channel.catchup?.correctionHours ?? 0) * HOUR_MS;
  return fillCatchupTemplate(
    template,
    {
      start: programme.start + correction,
      end: programme.stop + correction,
      now,
      ...(programme.catchupId !== undefined && { catchupId: programme.catchupId }),
    },
    timeZone,
  );
}

export function isCatchupAvailable(
  channel: Channel,
  programme: CatchupProgramme,
  now: number,
): boolean {
  return availableTemplate(channel, programme, now) !== undefined;
}

function availableTemplate(
  channel: Channel,
  programme: CatchupProgramme,
  now: number,
): string | undefined {
  const spec = channel.catchup;
  if (!spec) return undefined;
  const { start, stop } = programme;
  if (![start, stop, now].every(Number.isFinite)) return undefined;
  // A programme that has begun can be played from its start; one that has not, cannot.
  if (start >= now) return undefined;
  if (spec.days !== undefined && start < now - spec.days * DAY_MS) return undefined;
  const template = catchupTemplate(spec, channel.url);
  // Without the id the address would point at nothing in particular.
  if (template?.includes('{catchup-id}') && !programme.catchupId) return undefined;
  return template;
}
