import { weekdayOf, yearOf } from '../time/iso-day';
import { VIETNAM_OFFICIAL_DAYS } from './vietnam-official-days';

describe('VIETNAM_OFFICIAL_DAYS', () => {
  it('covers 2025, 2026 and 2027', () => {
    expect(VIETNAM_OFFICIAL_DAYS.map((y) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it('keeps every date inside its own year', () => {
    for (const decision of VIETNAM_OFFICIAL_DAYS) {
      for (const entry of [...decision.statutoryHolidays, ...decision.extraDaysOff, ...decision.swapWorkdays]) {
        expect(yearOf(entry.date)).toBe(decision.year);
      }
    }
  });

  it('dates Hùng Kings by the lunar table of DOMAIN.md §5.1', () => {
    const hungKings = VIETNAM_OFFICIAL_DAYS.map((y) => y.statutoryHolidays.find((h) => h.name.includes('Hùng Kings'))?.date);
    expect(hungKings).toEqual(['2025-04-07', '2026-04-26', '2027-04-16']);
  });

  it('grants five weekday Tết days a year', () => {
    for (const decision of VIETNAM_OFFICIAL_DAYS) {
      const tet = decision.extraDaysOff.filter((d) => d.name.includes('Tết'));
      expect(tet).toHaveLength(5);
      for (const day of tet) expect(['saturday', 'sunday']).not.toContain(weekdayOf(day.date));
    }
  });

  it('places the National Day adjacent day on 1 or 3 Sep', () => {
    for (const decision of VIETNAM_OFFICIAL_DAYS) {
      const adjacent = decision.statutoryHolidays.filter((h) => h.name.includes('National Day')).map((h) => h.date.slice(5));
      expect(adjacent).toHaveLength(1);
      expect(['09-01', '09-03']).toContain(adjacent[0]);
    }
  });
});
