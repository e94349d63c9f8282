/**
 * The household's programme reminders (提醒我 on a programme in the guide):
 * which channel, which programme and when, and whether to switch to it by
 * itself. Kept in localStorage so they survive a reboot; a channel and a
 * programme title are not personal data, and a household reset clears them
 * with everything else. One store per page: the guide adds, the reminder
 * overlay and the list in Settings read and remove, and 'change' tells each.
 */
import { safeLocalStorage } from '../safe-local-storage.js';

export interface ProgrammeReminder {
  /** The playlist channel (Channel.key) and its name as shown when it was set. */
  channelKey: string;
  channelName: string;
  title: string;
  /** Epoch ms. */
  start: number;
  stop: number;
  /** 到时自动切换: tune by itself when it is due, unless a dialog or a form is open. */
  autoSwitch: boolean;
}

const STORAGE_KEY = 'hearth.reminders';
/** More than any household sets; a damaged or hostile record cannot grow without end. */
const MAX_REMINDERS = 200;

export function reminderId(reminder: Pick<ProgrammeReminder, 'channelKey' | 'start'>): string {
  return `${reminder.channelKey}@${reminder.start}`;
}

export class ReminderStore extends EventTarget {
  private _reminders: ProgrammeReminder[];
  /** By reminderId: the grid asks for every programme cell it draws. */
  private _byId = new Map<string, ProgrammeReminder>();

  constructor(private readonly _storage: Storage | null = safeLocalStorage()) {
    super();
    this._reminders = parseReminders(this._storage?.getItem(STORAGE_KEY) ?? null);
    this._index();
  }

  /** Soonest first. */
  get all(): readonly ProgrammeReminder[] {
    return this._reminders;
  }

  find(channelKey: string, start: number): ProgrammeReminder | undefined {
    return this._byId.get(reminderId({ channelKey, start }));
  }

  /** Set (or change) the reminder for a programme. */
  add(reminder: ProgrammeReminder): void {
    const id = reminderId(reminder);
    this._set([...this._reminders.filter((r) => reminderId(r) !== id), reminder]);
  }

  remove(reminder: Pick<ProgrammeReminder, 'channelKey' | 'start'>): void {
    const id = reminderId(reminder);
    this._set(this._reminders.filter((r) => reminderId(r) !== id));
  }

  /** Put the whole list at once (after a guide refresh moved some). */
  putAll(reminders: readonly ProgrammeReminder[]): void {
    this._set([...reminders]);
  }

  private _set(reminders: ProgrammeReminder[]): void {
    this._reminders = reminders.sort((a, b) => a.start - b.start).slice(0, MAX_REMINDERS);
    this._index();
    try {
      this._storage?.setItem(STORAGE_KEY, JSON.stringify(this._reminders));
    } catch {
      // Full or unavailable storage: the reminder lasts until the TV restarts.
    }
    this.dispatchEvent(new Event('change'));
  }

  private _index(): void {
    this._byId = new Map(this._reminders.map((r) => [reminderId(r), r]));
  }
}

/** What was saved, keeping only well-formed reminders. */
export function parseReminders(raw: string | null): ProgrammeReminder[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data
    .filter(isReminder)
    .map((r) => ({
      channelKey: r.channelKey,
      channelName: r.channelName,
      title: r.title,
      start: r.start,
      stop: r.stop,
      autoSwitch: r.autoSwitch,
    }))
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_REMINDERS);
}

function isReminder(value: unknown): value is ProgrammeReminder {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r['channelKey'] === 'string' &&
    typeof r['channelName'] === 'string' &&
    typeof r['title'] === 'string' &&
    Number.isFinite(r['start']) &&
    Number.isFinite(r['stop']) &&
    (r['stop'] as number) > (r['start'] as number) &&
    typeof r['autoSwitch'] === 'boolean'
  );
}

let store: ReminderStore | null = null;

/** The page's one reminder store. */
export function programmeReminders(): ReminderStore {
  store ??= new ReminderStore();
  return store;
}
