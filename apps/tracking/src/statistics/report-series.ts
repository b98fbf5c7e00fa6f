import type { SeriesGrouping } from '@motcua/contracts';
import { addDays, type IsoDay } from '@motcua/working-days';

/** One period of a time series: a calendar month or an ISO week, clipped to the report's days. */
export interface SeriesBucket {
  /** '2026-01' for a month, '2026-W03' for an ISO week: the same text the SQL groups by (to_char YYYY-MM, IYYY-"W"IW). */
  key: string;
  label: string;
  from: IsoDay;
  to: IsoDay;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const toMs = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);

/** Monday = 1 … Sunday = 7. */
const isoWeekday = (day: IsoDay): number => ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(day: IsoDay): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor((toMs(thursday) - toMs(`${year}-01-01`)) / DAY_MS / 7) + 1 };
}

const monthEnd = (first: IsoDay): IsoDay => addDays(`${addDays(`${first.slice(0, 8)}28`, 4).slice(0, 8)}01`, -1);
const dayMonth = (day: IsoDay) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/** The months or ISO weeks that the days `from`…`to` touch, in order, the first and last clipped to them. */
export function seriesBuckets(from: IsoDay, to: IsoDay, grouping: SeriesGrouping): SeriesBucket[] {
  const out: SeriesBucket[] = [];
  let start = grouping === 'month' ? `${from.slice(0, 8)}01` : addDays(from, 1 - isoWeekday(from));
  while (start <= to) {
    const end = grouping === 'month' ? monthEnd(start) : addDays(start, 6);
    const bucket = { from: start < from ? from : start, to: end > to ? to : end };
    if (grouping === 'month') {
      out.push({ key: start.slice(0, 7), label: `Tháng ${start.slice(5, 7)}/${start.slice(0, 4)}`, ...bucket });
    } else {
      const { year, week } = isoWeekOf(start);
      out.push({ key: `${year}-W${pad(week)}`, label: `Tuần ${pad(week)}/${year} (${dayMonth(start)}–${dayMonth(end)})`, ...bucket });
    }
    start = addDays(end, 1);
  }
  return out;
}
