/**
 * The part of the guide the watch screens are looking at, held on the main
 * thread in six-hour blocks per channel. The whole guide stays in its worker
 * (src/data/guide/); a lookup that misses returns what is known and asks the
 * worker for the missing blocks in one batched query, then fires 'change' so
 * the screen redraws. Old blocks are dropped so memory stays flat however far
 * the household scrolls.
 */
import type { Programme } from '../../data/guide/guide-types.js';

export interface GuideQuery {
  programmes(channelIds: string[], from: number, to: number): Promise<Map<string, Programme[]>>;
}

const BLOCK_MS = 6 * 60 * 60 * 1000;
/** About 1 MB of programmes: a screenful of channels over a few days, and no more. */
const MAX_BLOCKS = 400;
/** The longest span one lookup covers (the grid asks for six hours at most): a bound on the loop below. */
const MAX_SPAN_BLOCKS = 8;

export class GuideCache extends EventTarget {
  private _blocks = new Map<string, Programme[]>();
  private _pending = new Map<number, Set<string>>();
  private _inFlight = new Set<string>();
  private _scheduled = false;
  private _answers = 0;

  constructor(private readonly _source: GuideQuery | null) {
    super();
  }

  get available(): boolean {
    return this._source !== null;
  }

  /**
   * Programmes of `channelId` overlapping [from, to), sorted; undefined while
   * some of that span is still being fetched.
   */
  window(channelId: string | undefined, from: number, to: number): Programme[] | undefined {
    if (!channelId || !this._source) return [];
    if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
    const result: Programme[] = [];
    let complete = true;
    const first = Math.floor(from / BLOCK_MS);
    const last = Math.min(Math.ceil(to / BLOCK_MS), first + MAX_SPAN_BLOCKS);
    for (let block = first; block < last; block++) {
      const key = blockKey(channelId, block);
      const programmes = this._blocks.get(key);
      if (!programmes) {
        complete = false;
        this._request(channelId, block);
        continue;
      }
      // Touch: a Map keeps insertion order, so re-inserting marks it recently used.
      this._blocks.delete(key);
      this._blocks.set(key, programmes);
      for (const p of programmes) {
        if (p.stop > from && p.start < to && result.at(-1)?.start !== p.start) result.push(p);
      }
    }
    if (!complete) return undefined;
    return result.sort((a, b) => a.start - b.start);
  }

  /** The programme on air at `at`, and the one after it. */
  nowNext(
    channelId: string | undefined,
    at: number,
  ): { now?: Programme; next?: Programme } | undefined {
    const programmes = this.window(channelId, at - BLOCK_MS / 2, at + BLOCK_MS);
    if (!programmes) return undefined;
    const index = programmes.findIndex((p) => p.start <= at && p.stop > at);
    if (index < 0) return { next: programmes.find((p) => p.start > at) };
    return { now: programmes[index], next: programmes[index + 1] };
  }

  /** How many answers the worker has given (failed ones too): the grid's watchdog sees it is alive. */
  get answers(): number {
    return this._answers;
  }

  clear(): void {
    this._blocks.clear();
  }

  private _request(channelId: string, block: number): void {
    const key = blockKey(channelId, block);
    if (this._inFlight.has(key)) return;
    this._inFlight.add(key);
    let ids = this._pending.get(block);
    if (!ids) this._pending.set(block, (ids = new Set()));
    ids.add(channelId);
    if (this._scheduled) return;
    this._scheduled = true;
    queueMicrotask(() => void this._flush());
  }

  private async _flush(): Promise<void> {
    this._scheduled = false;
    const pending = [...this._pending];
    this._pending.clear();
    await Promise.all(
      pending.map(async ([block, idSet]) => {
        const ids = [...idSet];
        const from = block * BLOCK_MS;
        let found = new Map<string, Programme[]>();
        try {
          found = (await this._source?.programmes(ids, from, from + BLOCK_MS)) ?? found;
        } catch (error) {
          console.warn('[hearth:guide] query failed', error);
        }
        this._answers++;
        for (const id of ids) {
          const key = blockKey(id, block);
          this._inFlight.delete(key);
          this._blocks.set(key, found.get(id) ?? []);
        }
      }),
    );
    while (this._blocks.size > MAX_BLOCKS) {
      const oldest = this._blocks.keys().next().value;
      if (oldest === undefined) break;
      this._blocks.delete(oldest);
    }
    this.dispatchEvent(new Event('change'));
  }
}

function blockKey(channelId: string, block: number): string {
  return `${block}\u0000${channelId}`;
}
