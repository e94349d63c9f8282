/**
 * Gateways name an application's progress in their own words: "submitted",
 * "ACCEPTED", "in_progress", "已受理", "办结"… This sorts the common ones into
 * the few stages a household needs (issue #17): sent, accepted, in progress,
 * done, not approved, sent back, cancelled. A word not listed stays unknown and
 * is shown as the gateway wrote it, with the gateway's message.
 */
export type GatewayStage =
  'submitted' | 'accepted' | 'processing' | 'completed' | 'rejected' | 'returned' | 'cancelled';

const STAGE_WORDS: Record<GatewayStage, readonly string[]> = {
  submitted: [
    'submitted',
    'sent',
    'new',
    'created',
    'pending',
    '已提交',
    '已申报',
    '待受理',
    '已申请',
  ],
  accepted: ['received', 'accepted', 'registered', '已受理', '受理', '已接收', '已收件'],
  processing: [
    'processing',
    'inprogress',
    'reviewing',
    'underreview',
    'inreview',
    'review',
    'pendingreview',
    'approving',
    '办理中',
    '审核中',
    '审批中',
    '处理中',
    '待审核',
  ],
  completed: [
    'approved',
    'completed',
    'complete',
    'done',
    'finished',
    'closed',
    'granted',
    '已办结',
    '办结',
    '已完成',
    '审核通过',
    '已通过',
    '已批准',
  ],
  rejected: [
    'rejected',
    'denied',
    'declined',
    'refused',
    'failed',
    '未通过',
    '不予受理',
    '不予批准',
    '审核不通过',
    '已驳回',
    '驳回',
  ],
  returned: [
    'returned',
    'sentback',
    'needsinfo',
    'supplement',
    '已退回',
    '退回',
    '退件',
    '待补正',
    '需补充材料',
  ],
  cancelled: ['cancelled', 'canceled', 'withdrawn', 'revoked', '已撤回', '已撤销', '已取消'],
};

const BY_WORD = new Map<string, GatewayStage>(
  Object.entries(STAGE_WORDS).flatMap(([stage, words]) =>
    words.map((word) => [word, stage as GatewayStage] as const),
  ),
);

/** "In_Progress", "in-progress", " IN PROGRESS " → "inprogress"; Chinese as written. */
function normalised(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** The stage a gateway's status word means, or null when it is not a known word. */
export function gatewayStage(status: string | null): GatewayStage | null {
  if (status === null) return null;
  return BY_WORD.get(normalised(status)) ?? null;
}
