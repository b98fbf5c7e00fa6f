import { addDays, weekdayOf } from '../time/iso-day';
import { LegalCalendar } from './legal-calendar';
import { createVietnamLegalCalendar } from './vietnam-calendar';
import { VIETNAM_OFFICIAL_DAYS } from './vietnam-official-days';

const vn = createVietnamLegalCalendar();

function offDays(calendar: LegalCalendar, from: string, to: string): string[] {
  const result: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!calendar.isWorkingDay(d)) result.push(d);
  return result;
}

/** Tết (1/1 lunar) of DOMAIN.md §5.1 for the years without an official decision in the shipped data. */
const TET: Record<number, string> = {
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
  2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-02', 2031: '2031-01-23', 2032: '2032-02-11',
  2033: '2033-01-31', 2034: '2034-02-19', 2035: '2035-02-08',
};
const HUNG_KINGS: Record<number, string> = {
  2020: '2020-04-02', 2021: '2021-04-21', 2022: '2022-04-10', 2023: '2023-04-29', 2024: '2024-04-18',
  2028: '2028-04-04', 2029: '2029-04-23', 2030: '2030-04-12', 2031: '2031-04-01', 2032: '2032-04-19',
  2033: '2033-04-09', 2034: '2034-04-28', 2035: '2035-04-17',
};

describe('LegalCalendar — years projected from the rules (no official decision yet)', () => {
  it.each(Object.keys(TET).map(Number))('%i: Tết and Hùng Kings are days off on their lunar dates, marked projected', (year) => {
    expect(vn.covers(TET[year])).toBe(false);
    expect(vn.describeDay(TET[year])).toMatchObject({ working: false, name: expect.stringContaining('Tết'), projected: true });
    expect(vn.describeDay(addDays(TET[year], -1))).toMatchObject({ working: false, name: expect.stringContaining('Tết') }); // giao thừa
    expect(vn.describeDay(HUNG_KINGS[year])).toMatchObject({ working: false, name: expect.stringContaining('Hùng Kings') });
  });

  it('gives five weekdays off for Tết every projected year, compensation included', () => {
    for (const year of Object.keys(TET).map(Number)) {
      const days = offDays(vn, addDays(TET[year], -3), addDays(TET[year], 9)).filter((d) => !['saturday', 'sunday'].includes(weekdayOf(d)));
      expect([year, days.length]).toEqual([year, 5]);
    }
  });

  it('Tết on Sat 2 Feb 2030: off Fri 1 Feb (eve) to Thu 7 Feb, the weekend days compensated', () => {
    expect(offDays(vn, '2030-01-30', '2030-02-10')).toEqual([
      '2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07', '2030-02-09', '2030-02-10',
    ]);
    expect(vn.describeDay('2030-02-06')).toMatchObject({ kind: 'compensatory', projected: true });
  });

  it('Hùng Kings on Sun 10 Apr 2022 → compensatory Mon 11 Apr (DOMAIN.md §5.1)', () => {
    expect(vn.describeDay('2022-04-10')).toMatchObject({ kind: 'holiday' });
    expect(vn.describeDay('2022-04-11')).toMatchObject({ working: false, kind: 'compensatory', name: expect.stringContaining('Hùng Kings') });
    expect(vn.isWorkingDay('2022-04-12')).toBe(true);
  });

  it('compensatory collisions: Hùng Kings Sat 29 Apr 2023, Sun 30 Apr, Mon 1 May → Tue 2 and Wed 3 May off', () => {
    expect(offDays(vn, '2023-04-27', '2023-05-05')).toEqual(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']);
    expect(vn.describeDay('2023-05-02').name).toContain('Hùng Kings');
    expect(vn.describeDay('2023-05-03').name).toContain('2023-04-30');
  });

  it('places 2 Sep’s neighbour next to the weekend: 2021 Fri 3, 2022 Thu 1, 2023 Fri 1 (+ Mon 4), 2024 Tue 3, 2028 Fri 1', () => {
    expect(offDays(vn, '2021-08-30', '2021-09-06')).toEqual(['2021-09-02', '2021-09-03', '2021-09-04', '2021-09-05']);
    expect(offDays(vn, '2022-08-29', '2022-09-05')).toEqual(['2022-09-01', '2022-09-02', '2022-09-03', '2022-09-04']);
    expect(offDays(vn, '2023-08-30', '2023-09-05')).toEqual(['2023-09-01', '2023-09-02', '2023-09-03', '2023-09-04']);
    expect(offDays(vn, '2024-08-30', '2024-09-05')).toEqual(['2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03']);
    expect(offDays(vn, '2028-08-30', '2028-09-05')).toEqual(['2028-09-01', '2028-09-02', '2028-09-03', '2028-09-04']);
  });

  it('lets an official decision replace the projection of its year', () => {
    // 2025 is decided: Tết 27–31 Jan, not the projected eve + 4 days (28 Jan – 3 Feb with compensation).
    expect(vn.covers('2025-01-01')).toBe(true);
    expect(vn.describeDay('2025-01-27')).toMatchObject({ kind: 'official-day-off' });
    expect(vn.describeDay('2025-01-27').projected).toBeUndefined();
    expect(vn.isWorkingDay('2025-02-03')).toBe(true);
    // A decision entered for 2030 wins over the rules at once.
    const decided = createVietnamLegalCalendar([
      ...VIETNAM_OFFICIAL_DAYS,
      {
        year: 2030,
        source: 'test notice',
        statutoryHolidays: [{ date: '2030-04-12', name: 'Hùng Kings' }, { date: '2030-09-03', name: 'National Day, adjacent day' }],
        extraDaysOff: ['2030-01-31', '2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06'].map((date) => ({ date, name: 'Tết' })),
        swapWorkdays: [],
      },
    ]);
    expect(offDays(decided, '2030-01-29', '2030-02-08')).toEqual([
      '2030-01-31', '2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06',
    ]);
    expect(decided.isWorkingDay('2030-09-03')).toBe(false);
    expect(decided.isWorkingDay('2030-09-02')).toBe(false);
    expect(decided.isProjected(2030)).toBe(false);
  });

  it('falls back to the fixed rules only when asked', () => {
    const fixedOnly = createVietnamLegalCalendar(VIETNAM_OFFICIAL_DAYS, { uncoveredYears: 'fixed-rules-only' });
    expect(fixedOnly.isWorkingDay('2030-02-04')).toBe(true);
    expect(fixedOnly.isWorkingDay('2030-01-01')).toBe(false);
  });
});

describe('LegalCalendar — swap days and provincial additions', () => {
  it('works the 2025 swap Saturday and counts it for deadlines', () => {
    expect(vn.describeDay('2025-04-26')).toMatchObject({ working: true, kind: 'swap-workday' });
    expect(vn.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(vn.addWorkingDays('2025-04-25', 2)).toBe('2025-04-28');
  });

  const provincial = [
    { provinceCode: '87', date: '2026-03-20', kind: 'day-off' as const, name: 'Provincial anniversary', source: 'QĐ test/UBND-87' },
    { provinceCode: '87', date: '2026-03-28', kind: 'swap-workday' as const, name: 'Worked for 20 Mar', source: 'QĐ test/UBND-87' },
    { provinceCode: '89', date: '2026-03-23', kind: 'day-off' as const, name: 'Other province', source: 'QĐ test/UBND-89' },
  ];

  it('applies a province’s own days only to that province’s calendar', () => {
    const dongThap = createVietnamLegalCalendar(VIETNAM_OFFICIAL_DAYS, { provinceCode: '87' }, provincial);
    const national = createVietnamLegalCalendar(VIETNAM_OFFICIAL_DAYS, {}, provincial);
    expect(dongThap.describeDay('2026-03-20')).toMatchObject({ working: false, kind: 'provincial-day-off' });
    expect(dongThap.describeDay('2026-03-28')).toMatchObject({ working: true, kind: 'swap-workday' });
    expect(dongThap.isWorkingDay('2026-03-23')).toBe(true);
    expect(national.isWorkingDay('2026-03-20')).toBe(true);
    // Thu 19 Mar + 1 WD: Fri 20 is off in Đồng Tháp → Mon 23; nationally Fri 20.
    expect(dongThap.addWorkingDays('2026-03-19', 1)).toBe('2026-03-23');
    expect(national.addWorkingDays('2026-03-19', 1)).toBe('2026-03-20');
  });

  it('refuses a provincial swap workday that is not a rest day', () => {
    expect(() =>
      createVietnamLegalCalendar(VIETNAM_OFFICIAL_DAYS, { provinceCode: '87' }, [{ ...provincial[1], date: '2026-03-27' }]),
    ).toThrow(/not a weekly rest day/);
  });
});
