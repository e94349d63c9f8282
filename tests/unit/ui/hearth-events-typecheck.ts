/**
 * Compiled by `npm run typecheck`, never run: each call below must be a type
 * error, or the `@ts-expect-error` above it fails the check. This is how emit()
 * refusing a wrong payload where the event is sent is tested.
 */
import { emit, emitWith } from '@src/ui/hearth-events';
import '@src/features/services/services-events';
import '@src/features/home/home-tile';

export function wrongPayloadsAreRefused(target: EventTarget): void {
  // @ts-expect-error: services-open carries { id }, not { name }
  emit(target, 'services-open', { name: 'library-card' });
  // @ts-expect-error: services-open must carry its payload
  emit(target, 'services-open');
  // @ts-expect-error: services-drafts carries nothing
  emit(target, 'services-drafts', { id: 'x' });
  // @ts-expect-error: an event nobody declared
  emit(target, 'services-opne', { id: 'x' });
  // @ts-expect-error: a tile's OK names the entity by id
  emitWith(target, 'hearth-home-tile-ok', { bubbles: true }, { entity: 'light.hall' });
  // @ts-expect-error: the confirm dialog's answer carries nothing
  emitWith(target, 'hearth-confirm', {}, { ok: true });
}
