import { weekdayOf } from '../time/iso-day';
import { lunarNewYear, lunarNewYearsEve, lunarToSolar, solarToLunar } from './vietnamese-lunar';

/** DOMAIN.md §5.1: Tết (1/1 lunar) and Hùng Kings (10/3 lunar) by the Vietnamese calendar at UTC+7. */
const TABLE: [number, string, string, string, string][] = [
  [2020, '2020-01-25', 'saturday', '2020-04-02', 'thursday'],
  [2021, '2021-02-12', 'friday', '2021-04-21', 'wednesday'],
  [2022, '2022-02-01', 'tuesday', '2022-04-10', 'sunday'],
  [2023, '2023-01-22', 'sunday', '2023-04-29', 'saturday'],
  [2024, '2024-02-10', 'saturday', '2024-04-18', 'thursday'],
  [2025, '2025-01-29', 'wednesday', '2025-04-07', 'monday'],
  [2026, '2026-02-17', 'tuesday', '2026-04-26', 'sunday'],
  [2027, '2027-02-06', 'saturday', '2027-04-16', 'friday'],
  [2028, '2028-01-26', 'wednesday', '2028-04-04', 'tuesday'],
  [2029, '2029-02-13', 'tuesday', '2029-04-23', 'monday'],
  [2030, '2030-02-02', 'saturday', '2030-04-12', 'friday'],
  [2031, '2031-01-23', 'thursday', '2031-04-01', 'tuesday'],
  [2032, '2032-02-11', 'wednesday', '2032-04-19', 'monday'],
  [2033, '2033-01-31', 'monday', '2033-04-09', 'saturday'],
  [2034, '2034-02-19', 'sunday', '2034-04-28', 'friday'],
  [2035, '2035-02-08', 'thursday', '2035-04-17', 'tuesday'],
];

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(TABLE)('%i: Tết %s (%s), Hùng Kings %s (%s)', (year, tet, tetWeekday, hungKings, hkWeekday) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(weekdayOf(tet)).toBe(tetWeekday);
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toBe(hungKings);
    expect(weekdayOf(hungKings)).toBe(hkWeekday);
  });

  it('puts Tết 2030 on Sat 2 Feb (Vietnam), not Sun 3 Feb (a UTC+8 Chinese calendar)', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(solarToLunar('2030-02-02')).toEqual({ year: 2030, month: 1, day: 1, leap: false });
    expect(solarToLunar('2030-02-01')).toMatchObject({ year: 2029, month: 12 });
  });

  it('converts both ways and names the lunar year by the Gregorian year it begins in', () => {
    expect(solarToLunar('2026-02-16')).toMatchObject({ year: 2025, month: 12 });
    expect(lunarNewYearsEve(2026)).toBe('2026-02-16');
    expect(solarToLunar('2026-04-26')).toEqual({ year: 2026, month: 3, day: 10, leap: false });
    // 2025 has a leap 6th month: its days convert as leap.
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('refuses lunar dates that do not exist and years out of range', () => {
    expect(() => lunarToSolar({ year: 2026, month: 6, day: 1, leap: true })).toThrow(/No lunar date/);
    expect(() => lunarToSolar({ year: 2026, month: 13, day: 1, leap: false })).toThrow(RangeError);
    expect(() => lunarNewYear(20260)).toThrow(RangeError);
  });
});
