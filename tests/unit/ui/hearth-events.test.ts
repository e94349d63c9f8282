import { describe, expect, it } from 'vitest';
import { emit, type HearthEvent } from '@src/ui/hearth-events';
// The services area's events, declared where they belong (declaration merging).
import '@src/features/services/services-events';

describe('emit: one typed map of Hearth events', () => {
  it('sends a bubbling, composed CustomEvent with the payload, or null without one', () => {
    const target = new EventTarget();
    const heard: unknown[] = [];
    target.addEventListener('services-open', (event) => {
      const { detail, bubbles, composed } = event as HearthEvent<'services-open'>;
      heard.push({ detail, bubbles, composed });
    });
    target.addEventListener('services-drafts', (event) =>
      heard.push((event as HearthEvent<'services-drafts'>).detail),
    );
    emit(target, 'services-open', { id: 'library-card' });
    emit(target, 'services-drafts');
    expect(heard).toEqual([
      { detail: { id: 'library-card' }, bubbles: true, composed: true },
      null,
    ]);
  });
});
