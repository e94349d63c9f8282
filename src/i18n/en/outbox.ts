/** English for the outbox (top-bar indicator and list) and the update prompt. */
import { str } from '@lit/localize';

export const outboxTemplates = {
  'outbox.title': 'Waiting to send',
  'outbox.indicator': str`${0} waiting to send`,
  'outbox.indicator.failed': str`${0} not delivered`,
  'outbox.indicator.separator': ', ',
  'outbox.empty': 'Everything has been sent; nothing is waiting.',
  'outbox.intro': 'These go out automatically once the TV is online, each exactly once.',
  'outbox.unreadable': '(content cannot be read)',
  'outbox.retry': 'Try now',
  'outbox.discard': 'Give up',
  'outbox.state.sending': 'Sending…',
  'outbox.state.failed': str`Not delivered: the server refused it (${0})`,
  'outbox.state.waiting': 'Will be sent when the TV is online',
  'outbox.state.retrying': str`Tried ${0} times; next try at ${1}`,
  'outbox.discard.heading': 'Give up this item?',
  'outbox.discard.body': str`“${0}” will not be sent, and what was entered is deleted.`,
  'outbox.discard.keep': 'Keep',
  'update.heading': 'A new version of Hearth is ready',
  'update.body':
    'Updating now reopens the page. What you are typing is saved; you can also update later.',
  'update.later': 'Later',
  'update.accept': 'Update now',
};
