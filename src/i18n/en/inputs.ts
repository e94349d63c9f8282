/** English for the shared input widgets: on-screen keyboard, date, region and choice pickers. */
import { str } from '@lit/localize';

export const inputsTemplates = {
  'inputs.keyboard': 'Keyboard',
  'inputs.key.delete': 'Delete',
  'inputs.key.done': 'Done',
  'inputs.key.shift': 'Shift',
  'inputs.key.space': 'Space',
  'inputs.key.toChinese': 'CN/EN: switch to Chinese pinyin',
  'inputs.key.toEnglish': 'CN/EN: switch to English letters',
  'inputs.key.more': 'More',
  'inputs.key.chinese': 'CN',
  'inputs.key.english': 'EN',
  'inputs.key.moreSpoken': 'More candidates',
  'inputs.candidates': 'Candidates',
  'inputs.candidatesSpoken': str`Pinyin ${0}, candidates: ${1}`,
  'inputs.date.year': 'Year',
  'inputs.date.month': 'Month',
  'inputs.date.day': 'Day',
  'inputs.date.hint': 'Type the digits, e.g. 20250315; up and down to change; OK when done',
  'inputs.region.province': 'Province',
  'inputs.region.city': 'City',
  'inputs.region.county': 'District / county',
};
