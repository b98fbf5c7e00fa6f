import type { TimeLimitUnit } from '@motcua/contracts';
import { vietnamDayOf, type LegalCalendar } from '@motcua/working-days';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const round2 = (n: number): number => Math.round(n * 100) / 100;
const dayNumber = (instant: Date): number => Date.parse(`${vietnamDayOf(instant)}T00:00:00Z`) / DAY_MS;

/**
 * ThoiGianGiaiQuyet of indicator 2.2, in the procedure's own unit (DonViTinh), the supplement waits taken out:
 * - working days (and same-day procedures): working days after the reception day up to the end day, as deadlines
 *   are counted (day 0 is the reception day; a Saturday reception starts counting on Monday); 0 = settled that day;
 * - days: calendar days between the two Vietnam days;
 * - hours: elapsed hours, 2 decimals.
 */
export function resolutionTime(
  receivedAt: Date,
  endedAt: Date,
  unit: TimeLimitUnit,
  pauses: ReadonlyArray<readonly [Date, Date]>,
  calendar: LegalCalendar,
): number {
  const clipped = pauses
    .map(([a, b]) => [new Date(Math.max(a.getTime(), receivedAt.getTime())), new Date(Math.min(b.getTime(), endedAt.getTime()))] as const)
    .filter(([a, b]) => a < b);
  switch (unit) {
    case 'hours': {
      const paused = clipped.reduce((sum, [a, b]) => sum + (b.getTime() - a.getTime()), 0);
      return Math.max(0, round2((endedAt.getTime() - receivedAt.getTime() - paused) / HOUR_MS));
    }
    case 'days': {
      const paused = clipped.reduce((sum, [a, b]) => sum + dayNumber(b) - dayNumber(a), 0);
      return Math.max(0, dayNumber(endedAt) - dayNumber(receivedAt) - paused);
    }
    case 'working-days':
    case 'same-day': {
      const between = (a: Date, b: Date) => calendar.workingDaysBetween(vietnamDayOf(a), vietnamDayOf(b));
      const paused = clipped.reduce((sum, [a, b]) => sum + between(a, b), 0);
      return Math.max(0, between(receivedAt, endedAt) - paused);
    }
  }
}
