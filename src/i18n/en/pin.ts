/** English for the household PIN: its pad, setting it, and the lock on areas. */
import { str } from '@lit/localize';

export const pinTemplates = {
  'pin.delete': 'Delete',
  'pin.entered': str`${0} digits entered`,
  'pin.enter': 'Enter the household PIN',
  'pin.waitSeconds': str`Too many wrong tries. Try again in ${0} seconds`,
  'pin.waitMinutes': str`Too many wrong tries. Try again in ${0} minutes`,
  'pin.wrong': str`That PIN is not right. ${0} tries left`,
  'pin.noPin': 'No household PIN has been set yet',
  'pin.setup.old': 'Enter the current household PIN',
  'pin.setup.new': str`Choose a household PIN of ${0} digits`,
  'pin.setup.again': 'Enter the new PIN once more',
  'pin.setup.mismatch': 'The two PINs were not the same. Please choose it again',
  'pin.setup.done': 'The household PIN is set',
  'pin.locked': 'Locked',
  'pin.gate.why':
    'To protect your family’s privacy, please choose a household PIN first. You will enter it to come in here.',
};
