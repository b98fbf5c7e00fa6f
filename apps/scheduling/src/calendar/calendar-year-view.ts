import type { CalendarDayView, CalendarYearView } from '@motcua/contracts';
import { addDays, isoDay, type LegalCalendar, type OfficialYearDecision } from '@motcua/working-days';

/** A year as the calendar counts it: every day off besides ordinary weekends, and every weekend day worked. */
export function calendarYearView(
  calendar: LegalCalendar,
  year: number,
  decisions: readonly OfficialYearDecision[],
  provinceCode: string | null,
): CalendarYearView {
  const days: CalendarDayView[] = [];
  let workingDays = 0;
  for (let day = isoDay(year, 1, 1); day <= isoDay(year, 12, 31); day = addDays(day, 1)) {
    const info = calendar.describeDay(day);
    if (info.working) workingDays++;
    if (info.kind !== 'working' && info.kind !== 'weekly-rest') days.push({ date: day, kind: info.kind, name: info.name ?? '' });
  }
  const decision = decisions.find((d) => d.year === year);
  return {
    year,
    provinceCode,
    basis: calendar.isProjected(year) ? 'projected' : 'official',
    source: decision?.source ?? 'projected from the yearly holiday rules: Tết and Hùng Kings by the Vietnamese lunar calendar; to confirm',
    days,
    workingDays,
  };
}
