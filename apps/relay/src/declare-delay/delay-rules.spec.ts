import { createVietnamLegalCalendar } from '@motcua/working-days';
import { checkDelay } from './delay-rules';

const calendar = createVietnamLegalCalendar();
// Appointment Wednesday 25 Nov 2026, 17:00 in Vietnam.
const appointmentAt = new Date('2026-11-25T10:00:00Z');
const later = new Date('2026-11-30T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('checkDelay (form 04)', () => {
  it('accepts an apology on the working day before the appointment', () => {
    expect(() => checkDelay({ alreadyDelayed: false, appointmentAt, newAppointmentAt: later, now: at('2026-11-24T09:00:00Z'), calendar })).not.toThrow();
  });

  it('refuses it on the appointment day itself', () => {
    expect(() => checkDelay({ alreadyDelayed: false, appointmentAt, newAppointmentAt: later, now: at('2026-11-25T01:00:00Z'), calendar })).toThrow(/chậm nhất trước ngày hẹn trả kết quả một ngày làm việc/);
  });

  it('counts working days: for a Monday appointment the Friday before is the last day', () => {
    const monday = new Date('2026-11-30T10:00:00Z');
    const following = new Date('2026-12-03T10:00:00Z');
    expect(() => checkDelay({ alreadyDelayed: false, appointmentAt: monday, newAppointmentAt: following, now: at('2026-11-27T09:00:00Z'), calendar })).not.toThrow();
    expect(() => checkDelay({ alreadyDelayed: false, appointmentAt: monday, newAppointmentAt: following, now: at('2026-11-28T03:00:00Z'), calendar })).toThrow(/hạn cuối 2026-11-27/);
  });

  it('allows one apology only, and only to a later date', () => {
    expect(() => checkDelay({ alreadyDelayed: true, appointmentAt, newAppointmentAt: later, now: at('2026-11-23T09:00:00Z'), calendar })).toThrow(/chỉ được lùi một lần/);
    expect(() => checkDelay({ alreadyDelayed: false, appointmentAt, newAppointmentAt: appointmentAt, now: at('2026-11-23T09:00:00Z'), calendar })).toThrow(expect.objectContaining({ status: 400 }));
  });
});
