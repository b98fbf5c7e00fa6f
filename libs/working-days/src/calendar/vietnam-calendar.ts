import { WeekdayName } from '../time/iso-day';
import { FixedDateHoliday, OfficialYearDecision, ProvincialDay } from './calendar-data';
import { LegalCalendar, LegalCalendarOptions } from './legal-calendar';
import { VIETNAM_OFFICIAL_DAYS } from './vietnam-official-days';
import { VIETNAM_YEARLY_RULES } from './vietnam-holiday-rules';

/** Civil servants rest on Saturday and Sunday. */
export const VIETNAM_WEEKLY_REST_DAYS: readonly WeekdayName[] = Object.freeze(['saturday', 'sunday'] as const);

/** Labour Code 2019 Art. 112: the holidays with a fixed solar date [K]. */
export const VIETNAM_FIXED_HOLIDAYS: readonly FixedDateHoliday[] = Object.freeze([
  { month: 1, day: 1, name: 'New Year (Tết Dương lịch)' },
  { month: 4, day: 30, name: 'Reunification Day (Ngày Chiến thắng)' },
  { month: 5, day: 1, name: 'International Labour Day' },
  { month: 9, day: 2, name: 'National Day (Quốc khánh)' },
]);

/**
 * The national legal calendar: fixed holidays, the yearly rules (lunar Tết and Hùng Kings for any year) and the
 * official decisions on top. Pass other yearly data (a newer notice) to override, and a province's additions with
 * `options.provinceCode` to get that province's calendar.
 */
export function createVietnamLegalCalendar(
  officialYears: readonly OfficialYearDecision[] = VIETNAM_OFFICIAL_DAYS,
  options: LegalCalendarOptions = {},
  provincialDays: readonly ProvincialDay[] = [],
): LegalCalendar {
  return new LegalCalendar(
    {
      weeklyRestDays: VIETNAM_WEEKLY_REST_DAYS,
      fixedHolidays: VIETNAM_FIXED_HOLIDAYS,
      officialYears,
      yearlyRules: VIETNAM_YEARLY_RULES,
      provincialDays,
    },
    options,
  );
}
