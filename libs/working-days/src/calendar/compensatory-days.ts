import { addDays, IsoDay } from '../time/iso-day';
import { NamedDay } from './calendar-data';

/** More consecutive days off than this means broken data, not a calendar. */
export const MAX_DAYS_WITHOUT_WORK = 366;

/**
 * Labour Code 2019 Art. 111(3)/112(3): a statutory holiday falling on a weekly rest day gives the next
 * working day off. Holidays are handled in date order and each compensatory day takes the first day
 * that is neither a rest day, nor off already, nor taken by an earlier compensation — so colliding
 * holidays (e.g. Hùng Kings on Sat 29 Apr 2023 next to 30 Apr and 1 May) move on to the next free day.
 */
export function compensatoryDays(
  holidays: readonly NamedDay[],
  isWeeklyRestDay: (day: IsoDay) => boolean,
  isDayOff: (day: IsoDay) => boolean,
): NamedDay[] {
  const taken = new Set<IsoDay>();
  const result: NamedDay[] = [];
  const ordered = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const holiday of ordered) {
    if (!isWeeklyRestDay(holiday.date)) continue;
    let candidate = holiday.date;
    for (let step = 0; ; step++) {
      if (step > MAX_DAYS_WITHOUT_WORK) {
        throw new Error(`No free day to compensate ${holiday.name} (${holiday.date})`);
      }
      candidate = addDays(candidate, 1);
      if (!isWeeklyRestDay(candidate) && !isDayOff(candidate) && !taken.has(candidate)) break;
    }
    taken.add(candidate);
    result.push({ date: candidate, name: `Compensatory day for ${holiday.name} (${holiday.date})` });
  }
  return result;
}
