import { Injectable } from '@nestjs/common';
import type { ProvincialDayRecord } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class ProvinceDaysStore {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<ProvincialDayRecord[]> {
    return manager.query(
      `SELECT province_code AS "provinceCode", to_char(date, 'YYYY-MM-DD') AS date, kind, name, source
         FROM scheduling.province_days ORDER BY province_code, date`,
    );
  }

  /** Replaces a province's days of one year: the decision as a whole, so a removed day disappears. */
  async replaceYear(manager: EntityManager, provinceCode: string, year: number, days: Omit<ProvincialDayRecord, 'provinceCode'>[]): Promise<void> {
    await manager.query(`DELETE FROM scheduling.province_days WHERE province_code = $1 AND extract(year FROM date) = $2`, [provinceCode, year]);
    for (const day of days) {
      await manager.query(`INSERT INTO scheduling.province_days (province_code, date, kind, name, source) VALUES ($1, $2, $3, $4, $5)`, [
        provinceCode,
        day.date,
        day.kind,
        day.name,
        day.source,
      ]);
    }
  }
}
