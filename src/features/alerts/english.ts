/** English for early warnings. */
import { str } from '@lit/localize';

export const templates = {
  'alerts.title': 'Warnings',
  'alerts.description': 'Weather, earthquake and other disaster warnings',
  'alerts.acknowledge': 'I understand',
  'alerts.until': str`In force until ${0}`,
  'alerts.none': 'There are no warnings at the moment.',
  'alerts.current': 'In force now',
  'alerts.past': 'Past warnings',
};
