/**
 * The way into live TV's tools with the remote: OK over the picture opens the
 * channel list, Left reaches its groups (全部频道 first), and above them sit
 * 节目指南 and 搜索节目.
 */
import { expect, type Page } from '@playwright/test';
import type { LogicalKey } from '@src/focus/logical-key.js';
import { spoken } from './focus.js';

type Remote = { press: (key: LogicalKey, times?: number) => Promise<void> };

/** From the picture: the channel list's groups, with 全部频道 focused. */
export async function openChannelGroups(page: Page, dpad: Remote): Promise<void> {
  await dpad.press('Ok');
  await dpad.press('Left');
  await expect.poll(() => spoken(page)).toBe('全部频道');
}

/** Over the groups, what Up reaches: the grid guide first, then the search. */
const ABOVE_GROUPS = ['节目指南', '搜索节目'] as const;

/** From the picture: opens 节目指南 or 搜索节目 with OK, as a household would reach it. */
export async function openFromChannelGroups(
  page: Page,
  dpad: Remote,
  entry: (typeof ABOVE_GROUPS)[number],
): Promise<void> {
  await openChannelGroups(page, dpad);
  await dpad.press('Up', ABOVE_GROUPS.indexOf(entry) + 1);
  await expect.poll(() => spoken(page)).toBe(entry);
  await dpad.press('Ok');
}
