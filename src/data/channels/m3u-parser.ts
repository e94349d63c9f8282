/**
 * Reads an extended M3U channel list the way Kodi's pvr.iptvsimple does, since
 * that is what operators test their lists against. Real lists are messy
 * (concatenated files, banners between entries, relative addresses, options
 * before or after `#EXTINF`), so nothing here is fatal: a line that cannot be
 * used is skipped and counted, and the caller decides what to tell the household.
 * Past `maxChannels` (PLAYLIST_MAX_CHANNELS) reading stops and the list says it
 * was capped.
 */
import type { CatchupSpec, ChannelList } from './channel-types.js';
import { catchupModeNamed } from './catchup-mode.js';
import { PLAYLIST_MAX_CHANNELS, type ChannelListCapped } from './channel-list-limits.js';
import { withChannelKeys, type UnkeyedChannel } from './channel-keys.js';
import { readAttributeLine } from './m3u-attributes.js';
import { isAbsoluteAddress, isRelativeAddress, nameFromAddress } from './stream-address.js';
import { headerForOption, splitStreamHeaders } from './stream-headers.js';
import { textLines } from './text-lines.js';

type Attributes = Map<string, string>;

interface PendingEntry {
  attributes: Attributes;
  title: string;
}

/** What the lines between two stream addresses said about the next one. */
interface EntryState {
  entry?: PendingEntry;
  /** `#EXTGRP:`, used when the entry has no `group-title`. */
  group?: string;
  vlcOptions: Record<string, string>;
  kodiProps: Record<string, string>;
}

const GUIDE_ATTRIBUTES = ['x-tvg-url', 'url-tvg', 'tvg-url'];

export function parseM3u(text: string, maxChannels = PLAYLIST_MAX_CHANNELS): ChannelList {
  const channels: UnkeyedChannel[] = [];
  let capped: ChannelListCapped | undefined;
  const guideUrls: string[] = [];
  // Header attributes, merged over every `#EXTM3U` line: concatenated lists repeat the header.
  const header: Attributes = new Map();
  let skippedLines = 0;
  let state: EntryState = { vlcOptions: {}, kodiProps: {} };

  for (const rawLine of textLines(text)) {
    const line = rawLine.trim();
    if (line === '') continue;

    if (line.startsWith('#')) {
      const directive = /^#(EXTM3U|EXTINF|EXTGRP|EXTVLCOPT|KODIPROP)(?=[:\s-]|$)/i.exec(line);
      const name = directive?.[1]?.toUpperCase();
      const body = directive ? line.slice(directive[0].length).replace(/^(:|--)/, '') : '';
      if (name === 'EXTM3U') {
        const { attributes } = readAttributeLine(body);
        for (const [key, value] of attributes) header.set(key, value);
        guideUrls.push(...guideAddresses(attributes));
      } else if (name === 'EXTINF') {
        // The previous entry never got an address.
        if (state.entry) skippedLines++;
        const { attributes, title } = readAttributeLine(body);
        state.entry = { attributes, title: title ?? '' };
      } else if (name === 'EXTGRP') {
        state.group = body.trim();
      } else if (name === 'EXTVLCOPT' || name === 'KODIPROP') {
        const option = keyValue(body);
        const options = name === 'EXTVLCOPT' ? state.vlcOptions : state.kodiProps;
        if (option) options[option[0]] = option[1];
        else skippedLines++;
      } else if (/^#EXT/i.test(line)) {
        skippedLines++;
      }
      // Anything else starting with `#` is a comment.
      continue;
    }

    const isAddress =
      isAbsoluteAddress(line) || (state.entry !== undefined && isRelativeAddress(line));
    const channel = isAddress ? channelFrom(line, state, header) : undefined;
    if (!channel) {
      skippedLines++;
      continue;
    }
    if (channels.length === maxChannels) {
      capped = { limit: 'channels', max: maxChannels };
      break;
    }
    channels.push(channel);
    state = { vlcOptions: {}, kodiProps: {} };
  }
  if (state.entry && !capped) skippedLines++;

  return {
    channels: withChannelKeys(channels),
    guideUrls: [...new Set(guideUrls)],
    skippedLines,
    format: 'm3u',
    ...(capped && { capped }),
  };
}

function channelFrom(
  line: string,
  state: EntryState,
  header: Attributes,
): UnkeyedChannel | undefined {
  const { url, headers: addressHeaders } = splitStreamHeaders(line);
  if (url === '') return undefined;
  const attributes = state.entry?.attributes ?? new Map<string, string>();
  const attribute = (name: string): string | undefined => attributes.get(name) || undefined;

  const channel: UnkeyedChannel = {
    name: state.entry?.title || attribute('tvg-name') || nameFromAddress(url),
    url,
    // Most specific last: the address's own `|Header=` beats player options, which beat attributes.
    headers: {
      ...optionHeaders(Object.fromEntries(attributes)),
      ...optionHeaders(state.kodiProps),
      ...optionHeaders(unquotedValues(state.vlcOptions)),
      ...addressHeaders,
    },
    groups: splitGroups(attribute('group-title') ?? state.group),
    radio: attribute('radio')?.toLowerCase() === 'true',
    kodiProps: state.kodiProps,
    vlcOptions: state.vlcOptions,
  };
  const tvgId = attribute('tvg-id');
  if (tvgId) channel.tvgId = tvgId;
  const tvgName = attribute('tvg-name');
  if (tvgName) channel.tvgName = tvgName;
  const number = channelNumber(attribute('tvg-chno'));
  if (number !== undefined) channel.number = number;
  const logo = attribute('tvg-logo');
  if (logo) channel.logo = logo;
  const catchup = catchupSpec(attributes, header);
  if (catchup) channel.catchup = catchup;
  return channel;
}

/**
 * A channel's own catch-up attributes win one by one over the header's, so a
 * header can say "every channel is Flussonic, 7 days" and a channel can still
 * change only its days. A channel that names a mode the portal does not know
 * gets no catch-up rather than the header's: its operator meant something else.
 */
function catchupSpec(own: Attributes, header: Attributes): CatchupSpec | undefined {
  const pick = (name: string): string | undefined => own.get(name) || header.get(name) || undefined;
  const timeshiftDays = positiveNumber(own.get('timeshift'));
  const modeName =
    own.get('catchup') ||
    own.get('catchup-type') ||
    (timeshiftDays !== undefined ? 'timeshift' : undefined) ||
    header.get('catchup') ||
    header.get('catchup-type');
  const mode = modeName ? catchupModeNamed(modeName) : undefined;
  if (!mode) return undefined;

  const spec: CatchupSpec = { mode };
  if (mode === 'default' || mode === 'append') {
    // Kodi falls back to a query format from its settings here; the portal has none.
    const source = pick('catchup-source');
    if (!source) return undefined;
    spec.source = source;
  }
  const days =
    positiveNumber(own.get('catchup-days')) ??
    timeshiftDays ??
    positiveNumber(header.get('catchup-days'));
  if (days !== undefined) spec.days = days;
  const correction = finiteNumber(pick('catchup-correction'));
  if (correction !== undefined && correction !== 0) spec.correctionHours = correction;
  return spec;
}

function guideAddresses(attributes: Attributes): string[] {
  return GUIDE_ATTRIBUTES.flatMap((name) => attributes.get(name)?.split(',') ?? [])
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/** Kodi's separator for several groups; `#EXTGRP` lists are split the same way. */
function splitGroups(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(';')
        .map((group) => group.trim())
        .filter(Boolean),
    ),
  ];
}

function keyValue(body: string): [string, string] | undefined {
  const equals = body.indexOf('=');
  if (equals <= 0) return undefined;
  const key = body.slice(0, equals).trim();
  return key ? [key, body.slice(equals + 1).trim()] : undefined;
}

function optionHeaders(options: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [option, value] of Object.entries(options)) {
    const header = headerForOption(option);
    if (header && value) headers[header] = value;
  }
  return headers;
}

/** `#EXTVLCOPT:http-user-agent="Dalvik/2.1.0"`: the quotes are VLC syntax, not part of the header. */
function unquotedValues(options: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) => [key, value.replace(/^(["'])(.*)\1$/s, '$2')]),
  );
}

/** Whole numbers only: the number is typed on the remote's digit keys. */
function channelNumber(value: string | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function positiveNumber(value: string | undefined): number | undefined {
  const number = finiteNumber(value);
  return number !== undefined && number > 0 ? number : undefined;
}

function finiteNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
