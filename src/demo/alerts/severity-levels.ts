/**
 * How a CAP severity maps to China's four warning colours and to urgency.
 *
 * The colours follow the four levels of China's early-warning signals (蓝色 /
 * 黄色 / 橙色 / 红色, as in the CMA's 气象灾害预警信号发布与传播办法) and map to
 * CAP `severity` one to one, the way national CAP profiles tie their colour
 * scale to severity (the FMI profile: Minor = green, Moderate = yellow, Severe =
 * orange, Extreme = red; shared fixture fmidev-fmi-cap-profile.md). China has
 * blue where FMI has green. The colour travels as the CAP
 * `parameter` "alertColor" with the Chinese colour name as its value (a code,
 * so the same in the zh-CN and en info blocks); the parameter name is this
 * demo's, in the style of FMI's "color" parameter.
 */
export type Severity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor';
export type Urgency = 'Immediate' | 'Expected' | 'Future' | 'Past';

export const SEVERITIES: readonly Severity[] = ['Extreme', 'Severe', 'Moderate', 'Minor'];

export const ALERT_COLOR_PARAMETER = 'alertColor';

export const SEVERITY_LEVELS: Readonly<
  Record<Severity, { color: string; colorEn: string; urgency: Urgency }>
> = {
  Minor: { color: '蓝色', colorEn: 'blue', urgency: 'Future' },
  Moderate: { color: '黄色', colorEn: 'yellow', urgency: 'Expected' },
  Severe: { color: '橙色', colorEn: 'orange', urgency: 'Immediate' },
  Extreme: { color: '红色', colorEn: 'red', urgency: 'Immediate' },
};
