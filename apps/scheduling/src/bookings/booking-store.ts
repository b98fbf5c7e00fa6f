import { Injectable } from '@nestjs/common';
import type { BookingView, DeskBookingView } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface BookingRow {
  id: string;
  code: string;
  session_id: string;
  unit_code: string;
  day: string;
  slot_start: Date;
  slot_end: Date;
  procedure_code: string | null;
  person_key: string;
  full_name: string;
  phone: string;
  email: string | null;
  status: 'confirmed' | 'cancelled';
  booked_at: Date;
}

/** The SQL of bookings and seat counts, in one place. */
@Injectable()
export class BookingStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes a seat if one is left, in one statement: the upsert locks the slot's row, so of two requests for the last
   * seat the second waits, re-reads `booked` and finds no seat. True when taken.
   */
  async takeSeat(manager: EntityManager, sessionId: string, slotStart: Date, capacity: number): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO scheduling.slot_loads (session_id, slot_start, booked) VALUES ($1, $2, 1)
       ON CONFLICT (session_id, slot_start) DO UPDATE SET booked = scheduling.slot_loads.booked + 1
         WHERE scheduling.slot_loads.booked < $3
       RETURNING booked`,
      [sessionId, slotStart, capacity],
    );
    return rows.length === 1;
  }

  /** The same for a person's bookings of a day. */
  async takePersonDay(manager: EntityManager, key: string, day: string, limit: number): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO scheduling.person_day_loads (person_key, day, booked) VALUES ($1, $2, 1)
       ON CONFLICT (person_key, day) DO UPDATE SET booked = scheduling.person_day_loads.booked + 1
         WHERE scheduling.person_day_loads.booked < $3
       RETURNING booked`,
      [key, day, limit],
    );
    return rows.length === 1;
  }

  async release(manager: EntityManager, booking: BookingRow): Promise<void> {
    await manager.query('UPDATE scheduling.slot_loads SET booked = booked - 1 WHERE session_id = $1 AND slot_start = $2', [booking.session_id, booking.slot_start]);
    await manager.query('UPDATE scheduling.person_day_loads SET booked = booked - 1 WHERE person_key = $1 AND day = $2', [booking.person_key, booking.day]);
  }

  /** Inserts the booking under a fresh code; false if the code is already taken (the caller draws another). */
  async insert(manager: EntityManager, row: BookingRow & { reminder_due_at: Date | null }): Promise<boolean> {
    const inserted = await manager.query(
      `INSERT INTO scheduling.bookings (id, code, session_id, unit_code, day, slot_start, slot_end, procedure_code, person_key,
         full_name, phone, email, status, booked_at, reminder_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (code) DO NOTHING RETURNING 1`,
      [row.id, row.code, row.session_id, row.unit_code, row.day, row.slot_start, row.slot_end, row.procedure_code, row.person_key,
        row.full_name, row.phone, row.email, row.status, row.booked_at, row.reminder_due_at],
    );
    return inserted.length === 1;
  }

  async findByCode(manager: EntityManager, code: string, forUpdate = false): Promise<BookingRow | undefined> {
    const [row] = await manager.query(
      `SELECT *, to_char(day, 'YYYY-MM-DD') AS day FROM scheduling.bookings WHERE code = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [code],
    );
    return row;
  }

  async cancel(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE scheduling.bookings SET status = 'cancelled', cancelled_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Seats taken per slot start (ms) of a session's day. */
  async seatsTaken(sessionIds: string[], from: Date, to: Date): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows: { session_id: string; slot_start: Date; booked: number }[] = await this.dataSource.query(
      `SELECT session_id, slot_start, booked FROM scheduling.slot_loads WHERE session_id = ANY($1) AND slot_start >= $2 AND slot_start < $3`,
      [sessionIds, from, to],
    );
    return new Map(rows.map((r) => [`${r.session_id}@${r.slot_start.getTime()}`, r.booked]));
  }

  async forDesk(unitCode: string, day: string): Promise<(BookingRow & { session_name: string; desk_name?: string })[]> {
    return this.dataSource.query(
      `SELECT b.*, to_char(b.day, 'YYYY-MM-DD') AS day, s.name AS session_name FROM scheduling.bookings b
         JOIN scheduling.sessions s ON s.id = b.session_id
        WHERE b.unit_code = $1 AND b.day = $2 ORDER BY b.slot_start, b.booked_at`,
      [unitCode, day],
    );
  }
}

export function toBookingView(row: BookingRow, sessionName: string, deskName: string): BookingView {
  return {
    bookingCode: row.code,
    status: row.status,
    unitCode: row.unit_code,
    deskName,
    sessionId: row.session_id,
    sessionName,
    slotStart: row.slot_start.toISOString(),
    slotEnd: row.slot_end.toISOString(),
    procedureCode: row.procedure_code,
  };
}

export function toDeskBookingView(row: BookingRow, sessionName: string, deskName: string): DeskBookingView {
  return { ...toBookingView(row, sessionName, deskName), citizen: { fullName: row.full_name, phone: row.phone }, bookedAt: row.booked_at.toISOString() };
}
