/** English for 社区 (the property manager's notices). */
import { str } from '@lit/localize';

export const templates = {
  'community.title': 'Community',
  'community.description': 'Notices, repairs and services at home, parcels',
  'community.services': 'Repairs and services at home',
  'community.pinReason':
    'Repairs and services at home involve personal details: the household PIN is needed',
  'community.notices': "Property manager's notices",
  'community.unread': str`${0} unread`,
  'community.unreadOne': 'Unread',
  'community.loading': 'Loading the notices…',
  'community.unavailable': 'The notices cannot be loaded just now; the TV will try again.',
  'community.none': 'There are no notices at the moment.',
  'community.stale': 'The notices cannot be updated just now; these are the last ones received.',
  'community.backHint': 'Press Back to return to the notices.',
  'community.urgent': 'Urgent notice',
  'community.seeArea': 'See “Community”',
  'community.urgentSpoken': str`Urgent notice from the property manager: ${0}. ${1}`,
  'community.parcelArrived': 'A parcel has arrived',
  'community.pickupCode': 'Pickup code',
  'community.parcelSpoken': str`A parcel has arrived: ${0}, pickup code ${1}`,
  'community.parcelsWaiting': str`${0} to collect`,
  'community.parcels': 'Parcels to collect',
  'community.parcelsStale': 'The parcel list cannot be updated just now.',
  'community.parcelLabel': str`${0} ${1}, pickup code ${2}`,
};
