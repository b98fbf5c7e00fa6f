import { YearlyHolidayRule } from './holiday-rules';

export const TET = 'Lunar New Year (Tết Nguyên đán)';
export const HUNG_KINGS = 'Hùng Kings Commemoration (10/3 lunar)';
export const NATIONAL_DAY_ADJACENT = 'National Day, adjacent day';

/**
 * Labour Code 2019 Art. 112 for the holidays that move every year [K]. Tết is five days; which five is decided
 * yearly ("1 before and 4 after, or 2 and 3"): the projection takes the eve and the first four days, and the
 * compensatory rule moves those on a weekend. The second National Day holiday exists since 2021.
 */
export const VIETNAM_YEARLY_RULES: readonly YearlyHolidayRule[] = Object.freeze([
  { kind: 'lunar-new-year', daysBefore: 1, days: 5, name: TET },
  { kind: 'lunar', month: 3, day: 10, name: HUNG_KINGS, fromYear: 2007 },
  { kind: 'adjacent-day', month: 9, day: 2, name: NATIONAL_DAY_ADJACENT, fromYear: 2021 },
] as const);
