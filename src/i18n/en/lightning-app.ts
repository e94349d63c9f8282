/** English for src/lightning-app/: live TV as a Lightning SDK app. */
export const lightningAppTemplates = {
  'lightningApp.configFailed': "The operator's settings file has errors",
  'lightningApp.lockedHere':
    'This channel is locked. Unlock it with the household PIN in Hearth’s Settings.',
  'lightningApp.leave': 'Leave',
};
