import { Injectable } from '@nestjs/common';
import type { ProvincialDayRecord } from '@motcua/contracts';
import { createVietnamLegalCalendar, type LegalCalendar, type OfficialYearDecision } from '@motcua/working-days';
import { OfficialYearsStore } from './official-years.store';
import { ProvinceDaysStore } from './province-days.store';

const FRESH_MS = 2_000;

/**
 * Scheduling's own legal calendar, built from its tables (it owns them, so no replica): national, or a province's
 * with its own days. Rebuilt after a local change at once, and every few seconds for changes made by a replica.
 */
@Injectable()
export class SchedulingCalendar {
  private loaded?: { at: number; years: OfficialYearDecision[]; provincial: ProvincialDayRecord[]; byProvince: Map<string, LegalCalendar> };

  constructor(
    private readonly years: OfficialYearsStore,
    private readonly provinceDays: ProvinceDaysStore,
  ) {}

  async forProvince(provinceCode?: string): Promise<LegalCalendar> {
    if (!this.loaded || Date.now() - this.loaded.at > FRESH_MS) {
      this.loaded = { at: Date.now(), years: await this.years.all(), provincial: await this.provinceDays.all(), byProvince: new Map() };
    }
    const key = provinceCode ?? '';
    let calendar = this.loaded.byProvince.get(key);
    if (!calendar) {
      calendar = createVietnamLegalCalendar(this.loaded.years, { provinceCode }, this.loaded.provincial);
      this.loaded.byProvince.set(key, calendar);
    }
    return calendar;
  }

  invalidate(): void {
    this.loaded = undefined;
  }
}
