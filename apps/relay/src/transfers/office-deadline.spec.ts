import { createVietnamLegalCalendar } from '@motcua/working-days';
import { officeDeadline } from './office-deadline';

const calendar = createVietnamLegalCalendar();

describe('officeDeadline', () => {
  it('leaves the return leg its working day before the appointment, skipping the weekend', () => {
    // Appointment Monday 4 May 2026 17:00 (UTC+7); one working day back is Wednesday 29 Apr (30 Apr, 1 May are holidays).
    expect(officeDeadline(new Date('2026-05-04T10:00:00Z'), 1, calendar).toISOString()).toBe('2026-04-29T10:00:00.000Z');
  });

  it('is the appointment itself, to the hour, without a return leg', () => {
    const appointment = new Date('2026-11-23T03:30:00Z');
    expect(officeDeadline(appointment, 0, calendar)).toBe(appointment);
  });
});
