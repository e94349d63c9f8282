/**
 * The keys Hearth understands, whatever remote or keyboard produced them.
 * Platform key codes are normalised to these names in `key-tables.ts`.
 */
export const LOGICAL_KEYS = [
  'Up',
  'Down',
  'Left',
  'Right',
  'Ok',
  'Back',
  'Exit',
  'Home',
  'Menu',
  'Info',
  'Guide',
  'ChannelUp',
  'ChannelDown',
  'Digit0',
  'Digit1',
  'Digit2',
  'Digit3',
  'Digit4',
  'Digit5',
  'Digit6',
  'Digit7',
  'Digit8',
  'Digit9',
  'Red',
  'Green',
  'Yellow',
  'Blue',
  'Play',
  'Pause',
  'PlayPause',
  'Stop',
  'FastForward',
  'Rewind',
  'VolumeUp',
  'VolumeDown',
  'Mute',
] as const;

export type LogicalKey = (typeof LOGICAL_KEYS)[number];

export type Direction = 'Up' | 'Down' | 'Left' | 'Right';

export function isDirection(key: LogicalKey): key is Direction {
  return key === 'Up' || key === 'Down' || key === 'Left' || key === 'Right';
}
