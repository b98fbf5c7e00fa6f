import { OfficialYearDecision } from './calendar-data';
import { HUNG_KINGS, NATIONAL_DAY_ADJACENT, TET } from './vietnam-holiday-rules';

/*
 * Yearly decisions for civil servants (cán bộ, công chức, viên chức), per DOMAIN.md §5.1.
 * Marker convention: [K] = general knowledge / assumption, to verify against the official notice
 * (Bộ Nội vụ, formerly Bộ LĐTBXH) before production use. Nothing here has been checked against a
 * notice yet, so every entry is [K].
 *
 * Compensatory days are NOT listed: the calendar derives them (e.g. Hùng Kings on Sun 26 Apr 2026 →
 * Mon 27 Apr; 1 May 2027 on a Saturday → Mon 3 May). Listing one here would hide a broken rule.
 */

export const VIETNAM_OFFICIAL_DAYS: readonly OfficialYearDecision[] = Object.freeze([
  {
    year: 2025,
    source: '[K] Tết 2025, 30/4 swap and 2/9 notices for civil servants — to verify',
    statutoryHolidays: [
      { date: '2025-04-07', name: HUNG_KINGS }, // Mon
      { date: '2025-09-01', name: NATIONAL_DAY_ADJACENT }, // [K] Mon 1 Sep + Tue 2 Sep
    ],
    extraDaysOff: [
      // [K] Tết on Wed 29 Jan; official break Mon 27 – Fri 31 Jan (with weekends: 25 Jan – 2 Feb).
      { date: '2025-01-27', name: TET },
      { date: '2025-01-28', name: TET },
      { date: '2025-01-29', name: TET },
      { date: '2025-01-30', name: TET },
      { date: '2025-01-31', name: TET },
      // [K] bridge day 30 Apr – 4 May, paid back on Sat 26 Apr (DOMAIN.md §5.1 "30/4–1/5 in 2025").
      { date: '2025-05-02', name: 'Bridge day for 30 Apr – 1 May (worked on Sat 26 Apr)' },
    ],
    swapWorkdays: [{ date: '2025-04-26', name: 'Worked in exchange for Fri 2 May' }], // [K]
  },
  {
    year: 2026,
    source: '[K] DOMAIN.md §5.1 assumptions (Tết 16–20 Feb, 1 Sep) — to verify against the 2026 notices',
    statutoryHolidays: [
      // Sun: the compensatory rule must yield Mon 27 Apr.
      { date: '2026-04-26', name: HUNG_KINGS },
      { date: '2026-09-01', name: NATIONAL_DAY_ADJACENT }, // [K] Tue 1 Sep + Wed 2 Sep
    ],
    extraDaysOff: [
      // [K] Tết on Tue 17 Feb; five official days Mon 16 – Fri 20 Feb (break 14–22 Feb).
      { date: '2026-02-16', name: TET },
      { date: '2026-02-17', name: TET },
      { date: '2026-02-18', name: TET },
      { date: '2026-02-19', name: TET },
      { date: '2026-02-20', name: TET },
      // [K] no bridge day for 1 Jan (Thu) or 30 Apr – 1 May (Thu–Fri) assumed: check for a swap notice.
    ],
    swapWorkdays: [],
  },
  {
    year: 2027,
    source: '[K] projected from the Labour Code pattern — no notice published yet when written',
    statutoryHolidays: [
      { date: '2027-04-16', name: HUNG_KINGS }, // Fri
      { date: '2027-09-03', name: NATIONAL_DAY_ADJACENT }, // [K] guess: Fri 3 Sep makes Thu 2 – Sun 5 Sep
    ],
    extraDaysOff: [
      // [K] Tết on Sat 6 Feb; assumed off Thu 4 – Wed 10 Feb (5 weekdays, compensation included).
      { date: '2027-02-04', name: TET },
      { date: '2027-02-05', name: TET },
      { date: '2027-02-08', name: TET },
      { date: '2027-02-09', name: TET },
      { date: '2027-02-10', name: TET },
    ],
    swapWorkdays: [],
  },
]);
