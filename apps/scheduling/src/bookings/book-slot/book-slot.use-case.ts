import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, BookingConfirmed, type BookingConfirmedV1, type BookingView, type BookSlotCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { addDays, occurrenceOn, slotsOf, takesProcedure, vietnamDayOf, vietnamInstant } from '@motcua/working-days';
import { SchedulingCalendar } from '../../calendar/scheduling-calendar';
import { ReferenceReplica } from '../../reference/reference-replica';
import { UnitScheduleStore } from '../../schedules/unit-schedule.store';
import { SchedulingSettings } from '../../settings/scheduling-settings';
import { newBookingCode } from '../booking-code';
import { BookingStore, toBookingView } from '../booking-store';
import { personKey } from '../person-key';

/**
 * A citizen books a slot of an after-hours session. The seat and the person's daily allowance are taken by
 * conditional upserts in the booking's transaction, so concurrent requests never overbook a slot.
 */
@Injectable()
export class BookSlotUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly bookings: BookingStore,
    private readonly schedules: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
    private readonly calendars: SchedulingCalendar,
    private readonly settings: SchedulingSettings,
  ) {}

  async execute(command: BookSlotCommand, now = new Date()): Promise<BookingView> {
    const { body } = command;
    // Read outside the transaction: a transaction waiting for a second pooled connection can starve the pool.
    const calendar = await this.calendars.forProvince(this.reference.provinceOf(body.unitCode));
    return runIdempotent(this.runner, { command: 'book-slot', key: command.idempotencyKey, request: { body } }, async (uow) => {
      const unit = this.reference.requireUnit(body.unitCode);
      const session = await this.schedules.session(body.sessionId, uow.manager).catch((error) => {
        throw error instanceof AppError && error.status === 404 ? new AppError(404, 'not_found', 'Không tìm thấy phiên', [{ field: 'sessionId', reason: 'không có phiên này' }]) : error;
      });
      if (session.unitCode !== unit.code) throw new AppError(404, 'not_found', 'Không tìm thấy phiên', [{ field: 'sessionId', reason: `không có phiên này tại đơn vị ${unit.code}` }]);
      const occurrence = occurrenceOn(session, body.date, calendar);
      if (!occurrence) throw AppError.rule('session_not_held', `Phiên "${session.name}" không tổ chức vào ngày ${body.date}`, [{ field: 'date', reason: 'phiên không tổ chức vào ngày này' }]);
      const slot = slotsOf(session, occurrence).find((s) => s.start.getTime() === vietnamInstant(body.date, body.slotStart).getTime());
      if (!slot) {
        throw AppError.invalid([{ field: 'slotStart', reason: `không phải khung giờ của phiên: cứ ${session.slotMinutes} phút một khung từ ${session.start}, kết thúc trước ${session.end}` }]);
      }
      if (slot.start.getTime() <= now.getTime()) throw AppError.rule('slot_passed', 'Khung giờ này đã qua; vui lòng chọn khung giờ khác', [{ field: 'slotStart', reason: 'khung giờ đã bắt đầu hoặc đã qua' }]);
      const lastDay = addDays(vietnamDayOf(now), session.bookingWindowDays);
      if (body.date > lastDay) {
        throw AppError.rule('outside_booking_window', `Chỉ đặt lịch trước tối đa ${session.bookingWindowDays} ngày (đến ngày ${lastDay})`, [{ field: 'date', reason: `chỉ đặt được đến ngày ${lastDay}` }]);
      }
      if (body.procedureCode !== undefined) {
        const procedure = this.reference.procedure(body.procedureCode);
        if (!procedure) throw AppError.invalid([{ field: 'procedureCode', reason: `không có thủ tục ${body.procedureCode} trong danh mục` }]);
        if (!takesProcedure(session, procedure)) {
          throw AppError.rule('procedure_not_eligible', `Thủ tục ${procedure.name} không được tiếp nhận trong phiên "${session.name}"`, [{ field: 'procedureCode', reason: 'không được tiếp nhận trong phiên này' }]);
        }
      }

      if (!(await this.bookings.takeSeat(uow.manager, session.id, slot.start, session.slotCapacity))) {
        throw AppError.conflict('slot_full', 'Khung giờ đã đủ người đặt (slot full); vui lòng chọn khung giờ khác');
      }
      const key = personKey(body.citizen.idNumber, this.settings.personKeySecret);
      if (!(await this.bookings.takePersonDay(uow.manager, key, body.date, session.perPersonDailyLimit))) {
        throw AppError.rule('daily_limit_reached', `Mỗi người chỉ được đặt ${session.perPersonDailyLimit} lịch trong một ngày`, [{ field: 'citizen.idNumber', reason: 'đã đạt số lịch được đặt trong ngày' }]);
      }
      const reminderDue = new Date(slot.start.getTime() - this.settings.reminderLeadHours * 3_600_000);
      const row = {
        id: randomUUID(),
        code: '',
        session_id: session.id,
        unit_code: unit.code,
        day: body.date,
        slot_start: slot.start,
        slot_end: slot.end,
        procedure_code: body.procedureCode ?? null,
        person_key: key,
        full_name: body.citizen.fullName,
        phone: body.citizen.phone,
        email: body.citizen.email ?? null,
        status: 'confirmed' as const,
        booked_at: now,
        // Booked inside the reminder lead time: the confirmation is the reminder.
        reminder_due_at: reminderDue.getTime() > now.getTime() ? reminderDue : null,
      };
      do row.code = newBookingCode();
      while (!(await this.bookings.insert(uow.manager, row)));

      const event: BookingConfirmedV1 = {
        bookingCode: row.code,
        unitCode: unit.code,
        deskName: unit.deskName,
        sessionName: session.name,
        slotStart: slot.start.toISOString(),
        slotEnd: slot.end.toISOString(),
        ...(row.procedure_code ? { procedureCode: row.procedure_code } : {}),
        contact: { phone: body.citizen.phone, ...(body.citizen.email ? { email: body.citizen.email } : {}) },
      };
      await uow.publish(BookingConfirmed.subject, event);
      return toBookingView(row, session.name, unit.deskName);
    });
  }
}
