import { Injectable } from '@nestjs/common';
import { AppError, type QueueTicketStatus, type QueueTicketView } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '@motcua/persistence';

export interface TicketRow {
  id: string;
  unit_code: string;
  counter_code: string;
  day: string;
  number: number;
  status: QueueTicketStatus;
  booking_code: string | null;
  taken_at: Date;
  called_at: Date | null;
  called_by: string | null;
  finished_at: Date | null;
}

const COLUMNS = `id, unit_code, counter_code, to_char(day, 'YYYY-MM-DD') AS day, number, status, booking_code, taken_at, called_at, called_by, finished_at`;

/** The SQL of the walk-in queue, in one place. */
@Injectable()
export class QueueStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Next number of the counter's day: the upsert's row lock makes concurrent takers wait, never share. */
  async nextNumber(manager: EntityManager, unitCode: string, counterCode: string, day: string): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO scheduling.queue_numbers (unit_code, counter_code, day, last_value) VALUES ($1, $2, $3, 1)
       ON CONFLICT (unit_code, counter_code, day) DO UPDATE SET last_value = scheduling.queue_numbers.last_value + 1
       RETURNING last_value`,
      [unitCode, counterCode, day],
    );
    return row.last_value;
  }

  async insert(manager: EntityManager, t: TicketRow): Promise<void> {
    await manager.query(
      `INSERT INTO scheduling.queue_tickets (id, unit_code, counter_code, day, number, status, booking_code, taken_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [t.id, t.unit_code, t.counter_code, t.day, t.number, t.status, t.booking_code, t.taken_at],
    );
  }

  async get(manager: EntityManager, id: string, forUpdate = false): Promise<TicketRow> {
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM scheduling.queue_tickets WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw AppError.notFound('số thứ tự');
    return row;
  }

  /**
   * Calls the lowest waiting number in one statement; SKIP LOCKED lets two clerks of the same counter call at once
   * and get different tickets.
   */
  async callNext(manager: EntityManager, unitCode: string, counterCode: string, day: string, staffId: string, at: Date): Promise<TicketRow | undefined> {
    const [row] = await updateReturning<TicketRow>(
      manager,
      `UPDATE scheduling.queue_tickets SET status = 'called', called_at = $5, called_by = $4
        WHERE id = (SELECT id FROM scheduling.queue_tickets
                     WHERE unit_code = $1 AND counter_code = $2 AND day = $3 AND status = 'waiting'
                     ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING ${COLUMNS}`,
      [unitCode, counterCode, day, staffId, at],
    );
    return row;
  }

  async close(manager: EntityManager, id: string, outcome: 'served' | 'skipped', at: Date): Promise<void> {
    await manager.query('UPDATE scheduling.queue_tickets SET status = $2, finished_at = $3 WHERE id = $1', [id, outcome, at]);
  }

  async waitingAhead(manager: EntityManager, t: Pick<TicketRow, 'unit_code' | 'counter_code' | 'day' | 'number'>): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM scheduling.queue_tickets WHERE unit_code = $1 AND counter_code = $2 AND day = $3 AND status = 'waiting' AND number < $4`,
      [t.unit_code, t.counter_code, t.day, t.number],
    );
    return row.n;
  }

  async ofDay(unitCode: string, day: string): Promise<TicketRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM scheduling.queue_tickets WHERE unit_code = $1 AND day = $2 ORDER BY counter_code, number`, [unitCode, day]);
  }
}

export function toTicketView(row: TicketRow, waitingAhead: number): QueueTicketView {
  return {
    ticketId: row.id,
    unitCode: row.unit_code,
    counterCode: row.counter_code,
    day: row.day,
    number: row.number,
    status: row.status,
    takenAt: row.taken_at.toISOString(),
    calledAt: row.called_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    waitingAhead: row.status === 'waiting' ? waitingAhead : 0,
  };
}
