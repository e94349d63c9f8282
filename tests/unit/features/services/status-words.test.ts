import { describe, expect, it } from 'vitest';
import type { Application } from '@src/data/services/application-types';
import { statusShown } from '@src/features/services/status-words';

const sent = (status: string | null): Application =>
  ({ state: 'submitted', status, message: null }) as unknown as Application;

describe('what 我的申请 says of an application', () => {
  it("puts a gateway's word in the household's words, with its stage", () => {
    expect(statusShown(sent('accepted'))).toEqual({ words: '已受理', stage: 'accepted' });
    expect(statusShown(sent('submitted'))).toEqual({ words: '已提交', stage: 'submitted' });
    expect(statusShown(sent('IN_PROGRESS'))).toEqual({ words: '办理中', stage: 'processing' });
    expect(statusShown(sent('approved'))).toEqual({ words: '已办结', stage: 'completed' });
    expect(statusShown(sent('returned')).words).toMatch(/^已退回/);
  });

  it('shows a word it does not know as the gateway wrote it', () => {
    expect(statusShown(sent('待缴费'))).toEqual({ words: '待缴费', stage: null });
  });

  it('says submitted while the gateway has said nothing, and queued before it was sent', () => {
    expect(statusShown(sent(null)).words).toBe('已提交');
    expect(statusShown({ ...sent(null), state: 'queued' }).stage).toBe('queued');
    expect(statusShown({ ...sent(null), state: 'queued', queuedBecause: 'gateway' }).words).toBe(
      '等待办理系统响应，会自动再次提交',
    );
  });
});
