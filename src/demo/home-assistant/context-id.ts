import type { HaContext } from './ha-types';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID, the form Home Assistant gives context ids: 10 characters of
 * millisecond time then 16 random ones, so ids sort by creation time.
 */
export function newContextId(now: number = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  let random = '';
  for (let i = 0; i < 16; i += 1) {
    random += CROCKFORD.charAt(Math.floor(Math.random() * 32));
  }
  return time + random;
}

export function newContext(
  userId: string | null = null,
  parentId: string | null = null,
): HaContext {
  return { id: newContextId(), parent_id: parentId, user_id: userId };
}
