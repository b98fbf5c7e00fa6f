/**
 * Days provinces add to the national calendar, replicated beside the official years (bucket `<prefix>_calendar`,
 * key `provincial-days`): a JSON array of the working-days library's ProvincialDay.
 */
export const PROVINCIAL_DAYS_KEY = 'provincial-days';

export const PROVINCIAL_DAY_KINDS = ['day-off', 'swap-workday'] as const;
export type ProvincialDayKind = (typeof PROVINCIAL_DAY_KINDS)[number];

export interface ProvincialDayRecord {
  provinceCode: string;
  date: string;
  kind: ProvincialDayKind;
  name: string;
  source: string;
}
