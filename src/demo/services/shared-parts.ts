/**
 * Materials and form sections several demo services share, so that they read
 * the same everywhere.
 */
import { text, type FieldSchema, type Material } from './catalog-types';
import { mobile, personName, residentId, section } from './form-fields';

export const ID_CARD: Material = {
  id: 'id-card',
  title: text('居民身份证', 'Resident identity card'),
  required: true,
  provision: 'shared',
  note: text(
    '通过电子证照共享获取，无需上传。',
    'Fetched from the e-licence register; nothing to upload.',
  ),
};

export const HUKOU: Material = {
  id: 'hukou',
  title: text('户口簿', 'Household register (hukou)'),
  required: true,
  provision: 'shared',
};

export const BANK_CARD: Material = {
  id: 'bank-card',
  title: text('本人社保卡或银行卡', 'Social security card or bank card'),
  required: true,
  provision: 'on-site',
  note: text('工作人员上门核实时出示。', 'Show it when the staff visit.'),
};

/** The applicant's name, ID number and mobile, as one section. */
export const applicantSection = (): FieldSchema =>
  section(
    '申请人信息',
    'Applicant',
    { name: personName(), idNumber: residentId(), mobile: mobile() },
    ['name', 'idNumber', 'mobile'],
  );
