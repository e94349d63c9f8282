/**
 * The eight themes of services brought to the TV ("电视办") that the 2021 digital
 * home guidance lists: education, employment, social security, civil affairs,
 * health, housing, broadcasting, culture and sports.
 */
import { text, type ServiceCategory } from './catalog-types';

export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  { id: 'education', title: text('教育', 'Education') },
  { id: 'employment', title: text('就业', 'Employment') },
  { id: 'social-security', title: text('社保', 'Social security') },
  { id: 'civil-affairs', title: text('民政', 'Civil affairs') },
  { id: 'health', title: text('卫生健康', 'Health') },
  { id: 'housing', title: text('住房', 'Housing') },
  { id: 'broadcasting', title: text('广电', 'Broadcasting') },
  { id: 'culture-sports', title: text('文化体育', 'Culture and sports') },
];
