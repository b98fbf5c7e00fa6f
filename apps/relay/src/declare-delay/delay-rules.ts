import { AppError } from '@motcua/contracts';
import { vietnamDayOf, type LegalCalendar } from '@motcua/working-days';

/**
 * Form 04's rules: one apology per dossier, declared at least one working day before the appointment it moves,
 * to a later appointment (local rules in DOMAIN.md §1.2, 3b and §1.3).
 */
export function checkDelay(opts: { alreadyDelayed: boolean; appointmentAt: Date; newAppointmentAt: Date; now: Date; calendar: LegalCalendar }): void {
  const { alreadyDelayed, appointmentAt, newAppointmentAt, now, calendar } = opts;
  if (alreadyDelayed) throw AppError.rule('already_delayed', 'Ngày hẹn trả kết quả đã được lùi một lần; chỉ được lùi một lần');
  const lastDay = calendar.addWorkingDays(vietnamDayOf(appointmentAt), -1);
  if (vietnamDayOf(now) > lastDay) {
    throw AppError.rule('delay_too_late', `Văn bản xin lỗi phải gửi chậm nhất trước ngày hẹn trả kết quả một ngày làm việc (hạn cuối ${lastDay})`);
  }
  if (newAppointmentAt.getTime() <= appointmentAt.getTime()) {
    throw AppError.invalid([{ field: 'newAppointmentAt', reason: 'phải sau ngày hẹn hiện tại' }]);
  }
}
