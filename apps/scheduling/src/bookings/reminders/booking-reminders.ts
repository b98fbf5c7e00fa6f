import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { BookingReminderDue, type BookingReminderDueV1 } from '@motcua/contracts';
import { TransactionRunner } from '@motcua/persistence';
import { updateReturning } from '@motcua/persistence';
import { ReferenceReplica } from '../../reference/reference-replica';
import { SchedulingSettings } from '../../settings/scheduling-settings';

const BATCH = 100;

/**
 * Announces the bookings whose reminder time has come, once each: the rows are marked and the events written to
 * the outbox in one transaction, and SKIP LOCKED lets several replicas poll without sending twice.
 */
@Injectable()
export class BookingReminders implements OnApplicationShutdown {
  private readonly log = new Logger('BookingReminders');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly runner: TransactionRunner,
    private readonly reference: ReferenceReplica,
    private readonly settings: SchedulingSettings,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.sendDue().catch((error) => this.log.warn({ msg: 'reminder run failed', error: String(error) })), this.settings.reminderPollMs);
    this.timer.unref();
  }

  /** One run; returns how many reminders were announced. */
  async sendDue(now = new Date()): Promise<number> {
    return this.runner.run(async (uow) => {
      const rows = await updateReturning<{ code: string; unit_code: string; slot_start: Date; phone: string; email: string | null; session_name: string }>(
        uow.manager,
        `UPDATE scheduling.bookings b SET reminder_sent_at = $1
           FROM scheduling.sessions s
          WHERE s.id = b.session_id AND b.id IN (
            SELECT id FROM scheduling.bookings
             WHERE status = 'confirmed' AND reminder_sent_at IS NULL AND reminder_due_at <= $1 AND slot_start > $1
             ORDER BY reminder_due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING b.code, b.unit_code, b.slot_start, b.phone, b.email, s.name AS session_name`,
        [now],
      );
      for (const row of rows) {
        const event: BookingReminderDueV1 = {
          bookingCode: row.code,
          unitCode: row.unit_code,
          deskName: this.reference.findUnit(row.unit_code)?.deskName ?? row.unit_code,
          sessionName: row.session_name,
          slotStart: row.slot_start.toISOString(),
          contact: { phone: row.phone, ...(row.email ? { email: row.email } : {}) },
        };
        await uow.publish(BookingReminderDue.subject, event);
      }
      return rows.length;
    });
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
