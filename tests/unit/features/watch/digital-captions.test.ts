import { describe, expect, it } from 'vitest';
import Hls, { type MediaPlaylist } from 'hls.js';
import {
  keepServicesFromHls,
  type DeclaredServices,
} from '@src/features/watch/digital-captions.js';

const entry = (name: string, instreamId: string, lang: string) =>
  ({ name, instreamId, lang, type: 'CLOSED-CAPTIONS' }) as unknown as MediaPlaylist;

describe('708 services in the playlist', () => {
  it('are kept from hls.js, which would name its 608 track after them, and handed on', () => {
    // hls.js as its own controllers hear it: what reaches them through trigger().
    const seen: string[][] = [];
    const hls = {
      trigger: (_event: string, data: { captions?: MediaPlaylist[] }) => {
        seen.push((data.captions ?? []).map((caption) => caption.name));
        return true;
      },
    } as unknown as Hls;
    let services: DeclaredServices = new Map();
    keepServicesFromHls(hls, (declared) => (services = declared));
    const captions = [
      entry('English CC', 'CC1', 'en'),
      entry('Español', 'SERVICE1', 'es'),
      entry('Service twelve', 'SERVICE12', ''),
    ];
    hls.trigger(Hls.Events.MANIFEST_LOADED, {
      captions,
    } as unknown as Parameters<typeof hls.trigger<typeof Hls.Events.MANIFEST_LOADED>>[1]);
    expect(seen).toEqual([['English CC']]);
    expect([...services].map(([service, found]) => [service, found.name])).toEqual([
      [1, 'Español'],
      [12, 'Service twelve'],
    ]);
  });
});
