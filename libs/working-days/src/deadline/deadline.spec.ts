import { createVietnamLegalCalendar } from '../calendar/vietnam-calendar';
import { vietnamInstant } from '../time/vietnam-time';
import { computeDeadline, deadlineStatusAt, workingHoursBetween } from './deadline';

const calendar = createVietnamLegalCalendar();
const at = (day: string, time: string) => vietnamInstant(day, time);
const threeDays = { value: 3, unit: 'working-days' as const };

describe('computeDeadline with pauses', () => {
  it('without pauses is the appointment: Fri 13 Feb 2026 + 3 WD → Wed 25 Feb 17:00', () => {
    expect(computeDeadline({ receivedAt: at('2026-02-13', '09:00'), limit: threeDays, calendar })).toEqual({ paused: false, dueAt: at('2026-02-25', '17:00') });
  });

  it('restarts from zero when the supplement arrives (Decree 61 Art. 18), with the 15:00 rule', () => {
    const deadline = computeDeadline({
      receivedAt: at('2026-03-02', '09:00'),
      limit: threeDays,
      calendar,
      pauses: [{ kind: 'supplement', from: at('2026-03-03', '10:00'), until: at('2026-03-09', '08:00') }],
    });
    expect(deadline).toEqual({ paused: false, dueAt: at('2026-03-12', '17:00') }); // Mon 9 + 3 WD
    const sameDay = computeDeadline({
      receivedAt: at('2026-03-02', '09:00'),
      limit: { value: 0, unit: 'same-day' },
      calendar,
      pauses: [{ kind: 'supplement', from: at('2026-03-02', '10:00'), until: at('2026-03-02', '15:30') }],
    });
    expect(sameDay).toEqual({ paused: false, dueAt: at('2026-03-03', '17:00') });
  });

  it('adds the working days of a suspension (financial obligations) to the deadline', () => {
    // 20 WD from Mon 2 Mar 2026 → Mon 30 Mar; suspended Tue 10 → Fri 13 (3 working days: Wed, Thu, Fri) → Thu 2 Apr.
    const deadline = computeDeadline({
      receivedAt: at('2026-03-02', '09:00'),
      limit: { value: 20, unit: 'working-days' },
      calendar,
      pauses: [{ kind: 'suspension', from: at('2026-03-10', '14:00'), until: at('2026-03-13', '09:00') }],
    });
    expect(deadline).toEqual({ paused: false, dueAt: at('2026-04-02', '17:00') });
  });

  it('skips holidays while extending: a suspension over Hùng Kings and 30 Apr – 1 May', () => {
    // Fri 17 Apr + 5 WD → Fri 24 Apr; suspended Thu 23 → Mon 4 May reaches Fri 24, Tue 28, Wed 29 and Mon 4 (Mon 27
    // compensatory, 30 Apr and 1 May are off) = 4 WD → Fri 24 + 4 WD = Tue 5 May.
    const deadline = computeDeadline({
      receivedAt: at('2026-04-17', '09:00'),
      limit: { value: 5, unit: 'working-days' },
      calendar,
      pauses: [{ kind: 'suspension', from: at('2026-04-23', '09:00'), until: at('2026-05-04', '09:00') }],
    });
    expect(deadline).toEqual({ paused: false, dueAt: at('2026-05-05', '17:00') });
  });

  it('adds working hours for hour limits', () => {
    // Mon 9 Mar 08:00 + 8 h → Tue 10 Mar 08:30 (3.5 h + 3.5 h + 1 h); suspended 09:00–11:00 (2 working hours) → 10:30.
    const deadline = computeDeadline({
      receivedAt: at('2026-03-09', '08:00'),
      limit: { value: 8, unit: 'hours' },
      calendar,
      pauses: [{ kind: 'suspension', from: at('2026-03-09', '09:00'), until: at('2026-03-09', '11:00') }],
    });
    expect(deadline).toEqual({ paused: false, dueAt: at('2026-03-10', '10:30') });
  });

  it('has no due date while a pause runs, and ignores suspensions after the deadline', () => {
    const open = { kind: 'suspension' as const, from: at('2026-03-04', '09:00') };
    expect(computeDeadline({ receivedAt: at('2026-03-02', '09:00'), limit: threeDays, calendar, pauses: [open] })).toEqual({ paused: true, pause: open });
    const late = computeDeadline({
      receivedAt: at('2026-03-02', '09:00'),
      limit: threeDays,
      calendar,
      pauses: [{ kind: 'suspension', from: at('2026-03-06', '09:00'), until: at('2026-03-10', '09:00') }],
    });
    expect(late).toEqual({ paused: false, dueAt: at('2026-03-05', '17:00') });
  });

  it('refuses inconsistent pauses', () => {
    const base = { receivedAt: at('2026-03-02', '09:00'), limit: threeDays, calendar };
    expect(() => computeDeadline({ ...base, pauses: [{ kind: 'suspension', from: at('2026-03-04', '09:00'), until: at('2026-03-03', '09:00') }] })).toThrow(RangeError);
    expect(() =>
      computeDeadline({ ...base, pauses: [{ kind: 'suspension', from: at('2026-03-04', '09:00') }, { kind: 'supplement', from: at('2026-03-05', '09:00') }] }),
    ).toThrow(/At most one/);
  });
});

describe('deadlineStatusAt', () => {
  const request = {
    receivedAt: at('2026-03-02', '09:00'),
    limit: threeDays,
    calendar,
    pauses: [{ kind: 'suspension' as const, from: at('2026-03-03', '09:00'), until: at('2026-03-05', '09:00') }],
  };

  it('is not yet due, then paused during the pause, then near-late and late against the extended deadline', () => {
    expect(deadlineStatusAt(at('2026-03-02', '10:00'), request).status).toBe('not-yet-due');
    expect(deadlineStatusAt(at('2026-03-04', '10:00'), request)).toEqual({ status: 'paused' });
    // Due Thu 5 Mar + 2 WD (Wed 4, Thu 5) → Mon 9 Mar 17:00.
    expect(deadlineStatusAt(at('2026-03-06', '10:00'), request)).toEqual({ status: 'near-late', dueAt: at('2026-03-09', '17:00') });
    expect(deadlineStatusAt(at('2026-03-09', '17:01'), request).status).toBe('late');
  });
});

describe('workingHoursBetween', () => {
  it('counts only the working windows of working days', () => {
    expect(workingHoursBetween(at('2026-03-09', '07:00'), at('2026-03-09', '18:00'), calendar)).toBe(7.5);
    expect(workingHoursBetween(at('2026-03-06', '16:00'), at('2026-03-09', '08:30'), calendar)).toBe(2); // Fri 1 h + Mon 1 h
    expect(workingHoursBetween(at('2026-03-09', '10:00'), at('2026-03-09', '09:00'), calendar)).toBe(0);
  });
});
