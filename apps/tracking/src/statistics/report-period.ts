import { AppError } from '@motcua/contracts';
import { addDays, assertIsoDay, vietnamInstant, type IsoDay } from '@motcua/working-days';

/** Longest period one report may cover (about three years of days). */
export const MAX_PERIOD_DAYS = 1_100;

export interface DayRange {
  from: IsoDay;
  to: IsoDay;
}

/** A report period of Vietnam days, as instants and as the counter cells that cover it. */
export interface ReportPeriod {
  from: IsoDay;
  to: IsoDay;
  /** Midnight (Vietnam) starting `from`. */
  start: Date;
  /** Midnight ending `to` (exclusive). */
  end: Date;
  /** When the in-progress buckets are measured: the period's end, or now if earlier. */
  asOf: Date;
  /** First days of the whole months inside the period (month cells), if any. */
  months: DayRange | null;
  /** The days outside whole months (day cells): at most one range before and one after. */
  days: DayRange[];
}

const dayCount = (from: IsoDay, to: IsoDay): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
const monthStart = (day: IsoDay): IsoDay => `${day.slice(0, 8)}01`;
const nextMonthStart = (day: IsoDay): IsoDay => addDays(`${day.slice(0, 8)}28`, 4).slice(0, 8) + '01';

/** Checks the days (400 naming the field) and splits the period into month and day cells. */
export function reportPeriod(from: string, to: string, now: Date): ReportPeriod {
  for (const [field, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    try {
      assertIsoDay(day);
    } catch {
      throw AppError.invalid([{ field, reason: 'không phải một ngày có thật (YYYY-MM-DD)' }]);
    }
  }
  if (to < from) throw AppError.invalid([{ field: 'to', reason: 'không được trước ngày bắt đầu (from)' }]);
  if (dayCount(from, to) > MAX_PERIOD_DAYS) throw AppError.invalid([{ field: 'to', reason: `một báo cáo chỉ gồm tối đa ${MAX_PERIOD_DAYS} ngày` }]);

  const start = vietnamInstant(from);
  const end = vietnamInstant(addDays(to, 1));
  const firstWhole = from === monthStart(from) ? from : nextMonthStart(from);
  const toEndsMonth = addDays(to, 1).endsWith('-01');
  const lastWhole = toEndsMonth ? monthStart(to) : monthStart(addDays(monthStart(to), -1));
  const hasMonths = firstWhole <= lastWhole;
  const days: DayRange[] = [];
  if (!hasMonths) days.push({ from, to });
  else {
    if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
    const afterMonths = nextMonthStart(lastWhole);
    if (afterMonths <= to) days.push({ from: afterMonths, to });
  }
  return {
    from,
    to,
    start,
    end,
    asOf: new Date(Math.min(end.getTime(), now.getTime())),
    months: hasMonths ? { from: firstWhole, to: lastWhole } : null,
    days,
  };
}
