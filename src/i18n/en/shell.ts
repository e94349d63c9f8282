/** English for the shell: top bar, home screen, router messages, exit dialog. */
import { str } from '@lit/localize';

export const shellTemplates = {
  'shell.network.online': 'Online',
  'shell.network.offline': 'Offline',
  'shell.home': 'Home',
  'shell.unknownRoute': str`There is no page “${0}”; you are back on the home screen.`,
  'shell.loadFailed': 'This page could not be opened. Please try again later.',
  'home.greeting': 'Hello! What would you like to do?',
  'exit.heading': str`Leave ${0}?`,
  'exit.body': 'You can come back at any time from the TV’s home screen.',
  'exit.unsupported':
    'This TV does not let a web page close itself. Press Home on the remote to leave.',
  'exit.stay': 'Stay',
  'exit.leave': 'Leave',
  'common.cancel': 'Cancel',
};
