/** Types for operator-guide.mjs (used by the bench and by e2e tests). */
export const OPERATOR_CHANNELS: number;
export const OPERATOR_DAYS: number;

export interface OperatorChannel {
  id: string;
  name: string;
  kind: 'ordinary' | 'past' | 'future' | 'empty' | 'unsorted';
}

export function xmltvShanghai(ms: number): string;
export function shanghaiMidnight(now: number, daysBack?: number): number;
export function channelKind(index: number): OperatorChannel['kind'];

export function writeOperatorGuide(
  file: string,
  options: { start: number; seed?: number; channels?: number; gzip?: boolean },
): Promise<{ bytes: number; gzipBytes?: number; programmes: number; channels: OperatorChannel[] }>;

export function operatorPlaylist(
  channels: readonly OperatorChannel[],
  options: { stream: string; guideUrl: string },
): string;
