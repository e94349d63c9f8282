/** An application's state and the gateway's status in the household's words. */
import { msg } from '@lit/localize';
import type { Application } from '../../data/services/application-types.js';
import { gatewayStage, type GatewayStage } from '../../data/services/gateway-status.js';

/** What the row shows: the words, and the stage (for its colour) when one is known. */
export interface StatusShown {
  words: string;
  stage: GatewayStage | 'queued' | 'refused' | 'withdrawn' | null;
}

function stageWords(stage: GatewayStage): string {
  switch (stage) {
    case 'submitted':
      return msg('已提交', { id: 'services.status.submitted' });
    case 'accepted':
      return msg('已受理', { id: 'services.status.accepted' });
    case 'processing':
      return msg('办理中', { id: 'services.status.processing' });
    case 'completed':
      return msg('已办结', { id: 'services.status.completed' });
    case 'rejected':
      return msg('未通过', { id: 'services.status.rejected' });
    case 'returned':
      return msg('已退回，请补充材料', { id: 'services.status.returned' });
    case 'cancelled':
      return msg('已撤销', { id: 'services.status.cancelled' });
  }
}

export function statusShown(application: Application): StatusShown {
  switch (application.state) {
    case 'queued':
      return {
        words:
          application.queuedBecause === 'gateway'
            ? msg('等待办理系统响应，会自动再次提交', { id: 'services.status.queuedGateway' })
            : msg('等待网络，联网后自动提交', { id: 'services.status.queued' }),
        stage: 'queued',
      };
    case 'refused':
      return { words: msg('提交未被受理', { id: 'services.status.refused' }), stage: 'refused' };
    case 'withdrawn':
      return { words: msg('已撤回', { id: 'services.status.withdrawn' }), stage: 'withdrawn' };
    case 'submitted':
      break;
  }
  // No word yet: the gateway took it and has said nothing more.
  if (application.status === null) return { words: stageWords('submitted'), stage: 'submitted' };
  const stage = gatewayStage(application.status);
  // An unknown word is shown as the gateway wrote it; its message follows in the row.
  return stage ? { words: stageWords(stage), stage } : { words: application.status, stage: null };
}
