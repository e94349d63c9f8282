import { describe, expect, it } from 'vitest';
import { gatewayStage } from '@src/data/services/gateway-status';

describe("a gateway's status words", () => {
  it.each([
    ['submitted', 'submitted'],
    ['SUBMITTED', 'submitted'],
    ['received', 'accepted'],
    ['accepted', 'accepted'],
    ['已受理', 'accepted'],
    ['processing', 'processing'],
    ['in_progress', 'processing'],
    ['In-Progress', 'processing'],
    [' under review ', 'processing'],
    ['reviewing', 'processing'],
    ['办理中', 'processing'],
    ['approved', 'completed'],
    ['completed', 'completed'],
    ['已办结', 'completed'],
    ['rejected', 'rejected'],
    ['不予受理', 'rejected'],
    ['returned', 'returned'],
    ['待补正', 'returned'],
    ['cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['已撤销', 'cancelled'],
  ])('%j means %s', (word, stage) => {
    expect(gatewayStage(word)).toBe(stage);
  });

  it('knows nothing of a word it has not been told, or of no word', () => {
    expect(gatewayStage('awaiting-payment')).toBeNull();
    expect(gatewayStage('')).toBeNull();
    expect(gatewayStage(null)).toBeNull();
    // Not a prefix match: "rejected-appeal-pending" is not simply rejected.
    expect(gatewayStage('rejected-appeal-pending')).toBeNull();
  });
});
