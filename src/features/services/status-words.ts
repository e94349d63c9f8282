/** An application's state and the gateway's status in the household's words. */
import { msg } from '@lit/localize';
import type { Application } from '../../data/services/application-types.js';

export function statusWords(application: Application): string {
  switch (application.state) {
    case 'queued':
      return msg('等待网络，联网后自动提交', { id: 'services.status.queued' });
    case 'refused':
      return msg('提交未被受理', { id: 'services.status.refused' });
    case 'withdrawn':
      return msg('已撤回', { id: 'services.status.withdrawn' });
    case 'submitted':
      break;
  }
  switch (application.status) {
    case 'received':
      return msg('已受理，等待审核', { id: 'services.status.received' });
    case 'reviewing':
      return msg('审核中', { id: 'services.status.reviewing' });
    case 'approved':
      return msg('已办结', { id: 'services.status.approved' });
    case 'rejected':
      return msg('未通过', { id: 'services.status.rejected' });
    case null:
      return msg('已提交', { id: 'services.status.submitted' });
    default:
      return application.status;
  }
}
