import { addDays } from '../time/iso-day';
import { LegalCalendarData } from './calendar-data';
import { CalendarNotCoveredError, LegalCalendar } from './legal-calendar';
import { createVietnamLegalCalendar, VIETNAM_FIXED_HOLIDAYS, VIETNAM_WEEKLY_REST_DAYS } from './vietnam-calendar';
import { VIETNAM_OFFICIAL_DAYS } from './vietnam-official-days';

const vn = createVietnamLegalCalendar();

/** Every day off in [from, to], whatever the reason. */
function offDays(calendar: LegalCalendar, from: string, to: string): string[] {
  const result: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!calendar.isWorkingDay(d)) result.push(d);
  return result;
}

describe('LegalCalendar — Vietnam defaults', () => {
  it('rests on weekends and works on ordinary weekdays', () => {
    expect(vn.isWorkingDay('2026-03-07')).toBe(false); // Sat
    expect(vn.isWorkingDay('2026-03-08')).toBe(false); // Sun
    expect(vn.isWorkingDay('2026-03-09')).toBe(true); // Mon
    expect(vn.describeDay('2026-03-07')).toEqual({ day: '2026-03-07', working: false, kind: 'weekly-rest' });
  });

  it('applies the fixed-date holidays', () => {
    expect(vn.describeDay('2026-01-01')).toMatchObject({ working: false, kind: 'holiday' });
    expect(vn.isWorkingDay('2026-04-30')).toBe(false);
    expect(vn.isWorkingDay('2026-05-01')).toBe(false);
    expect(vn.isWorkingDay('2026-09-02')).toBe(false);
  });

  it('derives Mon 27 Apr 2026 from Hùng Kings on Sun 26 Apr (compensatory rule, not data)', () => {
    const listed = VIETNAM_OFFICIAL_DAYS.flatMap((y) => [...y.statutoryHolidays, ...y.extraDaysOff]).map((d) => d.date);
    expect(listed).not.toContain('2026-04-27');
    expect(vn.describeDay('2026-04-26')).toMatchObject({ kind: 'holiday', name: expect.stringContaining('Hùng Kings') });
    expect(vn.describeDay('2026-04-27')).toMatchObject({
      working: false,
      kind: 'compensatory',
      name: expect.stringContaining('Hùng Kings'),
    });
    expect(vn.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('gives Mon 3 Jan 2022 for 1 Jan 2022 on a Saturday, even without 2022 data', () => {
    expect(vn.covers('2022-01-01')).toBe(false);
    expect(vn.describeDay('2022-01-01')).toMatchObject({ kind: 'holiday' });
    expect(vn.describeDay('2022-01-03')).toMatchObject({ working: false, kind: 'compensatory' });
    expect(vn.isWorkingDay('2022-01-04')).toBe(true);
  });

  it('gives Mon 3 May 2027 for 1 May 2027 on a Saturday', () => {
    expect(vn.describeDay('2027-05-03')).toMatchObject({ kind: 'compensatory', name: expect.stringContaining('Labour') });
  });

  it('knows the official 2025 decisions, including the 26 Apr swap', () => {
    expect(offDays(vn, '2025-01-25', '2025-02-03')).toEqual([
      '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29',
      '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02',
    ]);
    expect(vn.isWorkingDay('2025-04-07')).toBe(false);
    expect(vn.describeDay('2025-04-26')).toMatchObject({ working: true, kind: 'swap-workday' });
    expect(offDays(vn, '2025-04-28', '2025-05-05')).toEqual(['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']);
    expect(offDays(vn, '2025-08-29', '2025-09-03')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
  });

  it('knows the 2026 and 2027 days off', () => {
    expect(offDays(vn, '2026-02-13', '2026-02-23')).toEqual([
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18',
      '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    ]);
    expect(offDays(vn, '2026-08-31', '2026-09-04')).toEqual(['2026-09-01', '2026-09-02']);
    expect(offDays(vn, '2027-02-03', '2027-02-11')).toEqual([
      '2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10',
    ]);
    expect(vn.isWorkingDay('2027-04-16')).toBe(false);
  });
});

describe('LegalCalendar — counting', () => {
  it('finds the next working day', () => {
    expect(vn.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(vn.nextWorkingDay('2026-04-24')).toBe('2026-04-28');
    expect(vn.nextWorkingDay('2026-03-09')).toBe('2026-03-10');
    expect(vn.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(vn.workingDayOnOrAfter('2026-03-09')).toBe('2026-03-09');
    expect(vn.workingDayOnOrAfter('2026-04-25')).toBe('2026-04-28');
  });

  it('adds working days (DOMAIN.md §5.2 examples)', () => {
    expect(vn.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(vn.addWorkingDays('2026-04-24', 3)).toBe('2026-05-04');
    expect(vn.addWorkingDays('2026-04-25', 1)).toBe('2026-04-28');
    expect(vn.addWorkingDays('2026-03-09', 0)).toBe('2026-03-09');
    expect(vn.addWorkingDays('2026-02-25', -3)).toBe('2026-02-13'); // Tue 24, Mon 23, (Tết), Fri 13
    expect(vn.addWorkingDays('2026-02-25', -4)).toBe('2026-02-12');
    expect(() => vn.addWorkingDays('2026-02-25', 1.5)).toThrow(RangeError);
  });

  it('counts working days between two days as the inverse of addWorkingDays', () => {
    expect(vn.workingDaysBetween('2026-02-13', '2026-02-25')).toBe(3);
    expect(vn.workingDaysBetween('2026-04-25', '2026-04-28')).toBe(1);
    expect(vn.workingDaysBetween('2026-04-24', '2026-05-04')).toBe(3);
    expect(vn.workingDaysBetween('2026-02-25', '2026-02-13')).toBe(-3);
    expect(vn.workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(vn.workingDaysBetween('2026-02-25', '2026-02-12')).toBe(-4);
  });

  it('rejects invalid days', () => {
    expect(() => vn.isWorkingDay('2026-02-29')).toThrow(RangeError);
    expect(() => vn.addWorkingDays('26-02-13', 1)).toThrow(RangeError);
  });
});

describe('LegalCalendar — rules and data checks', () => {
  const base = { weeklyRestDays: VIETNAM_WEEKLY_REST_DAYS, fixedHolidays: VIETNAM_FIXED_HOLIDAYS };

  it('moves colliding compensatory days on (Hùng Kings Sat 29 Apr 2023 + Sun 30 Apr + Mon 1 May)', () => {
    const calendar = new LegalCalendar({
      ...base,
      officialYears: [
        {
          year: 2023,
          source: 'test',
          statutoryHolidays: [{ date: '2023-04-29', name: 'Hùng Kings' }],
          extraDaysOff: [],
          swapWorkdays: [],
        },
      ],
    });
    expect(calendar.describeDay('2023-05-02')).toMatchObject({ kind: 'compensatory', name: expect.stringContaining('Hùng Kings') });
    expect(calendar.describeDay('2023-05-03')).toMatchObject({ kind: 'compensatory', name: expect.stringContaining('2023-04-30') });
    expect(calendar.isWorkingDay('2023-05-04')).toBe(true);
  });

  it('skips days already off by decision when placing a compensatory day', () => {
    const calendar = new LegalCalendar({
      ...base,
      officialYears: [
        {
          year: 2022,
          source: 'test',
          statutoryHolidays: [],
          extraDaysOff: [{ date: '2022-01-03', name: 'bridge' }],
          swapWorkdays: [],
        },
      ],
    });
    expect(calendar.describeDay('2022-01-03')).toMatchObject({ kind: 'official-day-off' });
    expect(calendar.describeDay('2022-01-04')).toMatchObject({ kind: 'compensatory' });
  });

  it('can refuse years without an official decision', () => {
    const strict = createVietnamLegalCalendar(VIETNAM_OFFICIAL_DAYS, { uncoveredYears: 'throw' });
    expect(strict.isWorkingDay('2026-05-04')).toBe(true);
    expect(() => strict.isWorkingDay('2028-01-26')).toThrow(CalendarNotCoveredError);
    expect(() => strict.addWorkingDays('2027-12-30', 5)).toThrow(CalendarNotCoveredError);
    expect(strict.coveredYears).toEqual([2025, 2026, 2027]);
  });

  it('rejects inconsistent data', () => {
    const year = { year: 2026, source: 'test', statutoryHolidays: [], extraDaysOff: [], swapWorkdays: [] };
    const build = (data: Partial<LegalCalendarData>) => new LegalCalendar({ ...base, officialYears: [], ...data });
    expect(() => build({ officialYears: [year, year] })).toThrow(/Two official decisions/);
    expect(() => build({ officialYears: [{ ...year, swapWorkdays: [{ date: '2026-04-29', name: 'x' }] }] })).toThrow(
      /not a weekly rest day/,
    );
    expect(() => build({ officialYears: [{ ...year, extraDaysOff: [{ date: '2026-02-30', name: 'x' }] }] })).toThrow(RangeError);
    expect(() => build({ weeklyRestDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] })).toThrow(
      /at least one working weekday/,
    );
    expect(() => build({ fixedHolidays: [{ month: 2, day: 29, name: 'x' }] })).toThrow(RangeError);
  });

  it('honours the years a fixed holiday applies', () => {
    const calendar = new LegalCalendar({
      weeklyRestDays: ['sunday'],
      fixedHolidays: [{ month: 3, day: 10, name: 'New holiday', fromYear: 2027 }],
      officialYears: [],
    });
    expect(calendar.isWorkingDay('2026-03-10')).toBe(true);
    expect(calendar.isWorkingDay('2027-03-10')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-07')).toBe(true); // Saturday works on this calendar
  });
});
