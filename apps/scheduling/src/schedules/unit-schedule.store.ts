import { Injectable } from '@nestjs/common';
import { AppError, type SessionRecord, type ThemeDayRecord, type UnitScheduleRecord } from '@motcua/contracts';
import { DEFAULT_WORKING_WINDOWS } from '@motcua/working-days';
import { DataSource, type EntityManager } from 'typeorm';

const SESSION_COLUMNS = `id, unit_code AS "unitCode", name, weekdays, on_days_off AS "onDaysOff", start_time AS start, end_time AS "end",
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo",
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(closed_on) AS d ORDER BY d) AS "closedOn",
  eligible_procedures AS "eligibleProcedures", slot_minutes AS "slotMinutes", slot_capacity AS "slotCapacity",
  booking_window_days AS "bookingWindowDays", per_person_daily_limit AS "perPersonDailyLimit", roster, version`;

/** The SQL of the opening-hours calendar (desk hours, sessions, theme days), in one place. */
@Injectable()
export class UnitScheduleStore {
  constructor(private readonly dataSource: DataSource) {}

  async load(unitCode: string, manager: EntityManager = this.dataSource.manager): Promise<UnitScheduleRecord> {
    const [hours] = await manager.query('SELECT windows, updated_at FROM scheduling.desk_hours WHERE unit_code = $1', [unitCode]);
    const sessions: SessionRecord[] = await manager.query(`SELECT ${SESSION_COLUMNS} FROM scheduling.sessions WHERE unit_code = $1 ORDER BY name, id`, [unitCode]);
    const themeDays: ThemeDayRecord[] = await manager.query(
      `SELECT id, unit_code AS "unitCode", theme, weekdays, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
              to_char(valid_to, 'YYYY-MM-DD') AS "validTo", procedures
         FROM scheduling.theme_days WHERE unit_code = $1 ORDER BY theme, id`,
      [unitCode],
    );
    return {
      unitCode,
      // Units that have not set their hours get the usual office hours [K].
      deskHours: { windows: hours?.windows ?? DEFAULT_WORKING_WINDOWS.map((w) => ({ ...w })) },
      sessions,
      themeDays,
      updatedAt: new Date().toISOString(),
    };
  }

  async unitCodes(): Promise<string[]> {
    const rows: { unit_code: string }[] = await this.dataSource.query(
      `SELECT unit_code FROM scheduling.desk_hours UNION SELECT unit_code FROM scheduling.sessions
       UNION SELECT unit_code FROM scheduling.theme_days ORDER BY 1`,
    );
    return rows.map((r) => r.unit_code);
  }

  async session(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SessionRecord> {
    const [row] = await manager.query(`SELECT ${SESSION_COLUMNS} FROM scheduling.sessions WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw AppError.notFound('phiên');
    return row;
  }

  async saveSession(manager: EntityManager, s: SessionRecord): Promise<void> {
    await manager.query(
      `INSERT INTO scheduling.sessions (id, unit_code, name, weekdays, on_days_off, start_time, end_time, valid_from, valid_to, closed_on,
         eligible_procedures, slot_minutes, slot_capacity, booking_window_days, per_person_daily_limit, roster, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, weekdays = excluded.weekdays, on_days_off = excluded.on_days_off,
         start_time = excluded.start_time, end_time = excluded.end_time, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
         closed_on = excluded.closed_on, eligible_procedures = excluded.eligible_procedures, slot_minutes = excluded.slot_minutes,
         slot_capacity = excluded.slot_capacity, booking_window_days = excluded.booking_window_days,
         per_person_daily_limit = excluded.per_person_daily_limit, roster = excluded.roster, version = excluded.version, updated_at = now()`,
      [
        s.id, s.unitCode, s.name, s.weekdays, s.onDaysOff, s.start, s.end, s.validFrom, s.validTo, s.closedOn,
        s.eligibleProcedures, s.slotMinutes, s.slotCapacity, s.bookingWindowDays, s.perPersonDailyLimit, JSON.stringify(s.roster), s.version,
      ],
    );
  }

  async setDeskHours(manager: EntityManager, unitCode: string, windows: { start: string; end: string }[]): Promise<void> {
    await manager.query(
      `INSERT INTO scheduling.desk_hours (unit_code, windows) VALUES ($1, $2)
       ON CONFLICT (unit_code) DO UPDATE SET windows = excluded.windows, updated_at = now()`,
      [unitCode, JSON.stringify(windows)],
    );
  }

  async replaceThemeDays(manager: EntityManager, unitCode: string, themeDays: ThemeDayRecord[]): Promise<void> {
    await manager.query('DELETE FROM scheduling.theme_days WHERE unit_code = $1', [unitCode]);
    for (const t of themeDays) {
      await manager.query(
        `INSERT INTO scheduling.theme_days (id, unit_code, theme, weekdays, valid_from, valid_to, procedures) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [t.id, unitCode, t.theme, t.weekdays, t.validFrom, t.validTo, t.procedures],
      );
    }
  }
}
