import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteDraft,
  draftAutosave,
  listDrafts,
  loadDraft,
  saveDraft,
} from '@src/data/services/drafts';
import { sharedFakeDb } from '../outbox/fake-local-db';

vi.mock('@src/data/local-db', () => import('../outbox/fake-local-db').then((m) => m.mockModule));

const FORM = {
  name: '张三',
  idNumber: '11010519491231002X',
  elder: { address: '朝阳区某街 1 号' },
};

beforeEach(() => sharedFakeDb.clear());
afterEach(() => vi.useRealTimers());

/** Everything stored in a store, as text (bytes included), to look for clear personal data. */
function storedText(store: string): string {
  const rows = [...sharedFakeDb.store(store).values()];
  return JSON.stringify(rows, (_key, value: unknown) => {
    if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
    if (value instanceof Uint8Array) return new TextDecoder().decode(value);
    return value;
  });
}

describe('drafts of service forms', () => {
  it('comes back as it was saved, with its step', async () => {
    await saveDraft('senior-allowance', FORM, 1, 1000);
    expect(await loadDraft('senior-allowance')).toEqual({
      serviceId: 'senior-allowance',
      updatedAt: 1000,
      stepIndex: 1,
      data: FORM,
    });
    expect(await loadDraft('no-such-service')).toBeNull();
  });

  it('keeps what was typed sealed: nothing personal in the clear', async () => {
    await saveDraft('senior-allowance', FORM, 0);
    const text = storedText('drafts');
    expect(text).toContain('senior-allowance');
    for (const secret of ['张三', '11010519491231002X', '朝阳区'])
      expect(text).not.toContain(secret);
  });

  it('lists drafts newest first with no personal data, and deletes one', async () => {
    await saveDraft('a-service', FORM, 0, 1000);
    await saveDraft('b-service', FORM, 2, 2000);
    expect(await listDrafts()).toEqual([
      { serviceId: 'b-service', updatedAt: 2000, stepIndex: 2 },
      { serviceId: 'a-service', updatedAt: 1000, stepIndex: 0 },
    ]);
    await deleteDraft('b-service');
    expect((await listDrafts()).map((d) => d.serviceId)).toEqual(['a-service']);
  });

  it('autosaves the latest state once typing pauses, and at once on flush', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => undefined);
    const autosave = draftAutosave('a-service', 300, save);
    autosave.update({ name: '张' }, 0);
    autosave.update({ name: '张三' }, 0);
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('a-service', { name: '张三' }, 0);
    autosave.update({ name: '张三丰' }, 1);
    await autosave.flush();
    expect(save).toHaveBeenLastCalledWith('a-service', { name: '张三丰' }, 1);
    autosave.update({ name: 'x' }, 1);
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('autosaves into the real store, sealed', async () => {
    const autosave = draftAutosave('a-service');
    autosave.update(FORM, 1);
    await autosave.flush();
    expect((await loadDraft('a-service'))?.data).toEqual(FORM);
  });
});
