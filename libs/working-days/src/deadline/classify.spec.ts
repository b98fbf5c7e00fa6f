import { createVietnamLegalCalendar } from '../calendar/vietnam-calendar';
import { vietnamInstant } from '../time/vietnam-time';
import { classifyAt, classifyCompletion } from './classify';

const calendar = createVietnamLegalCalendar();
const at = (day: string, time: string) => vietnamInstant(day, time);

describe('classifyAt', () => {
  const due = at('2026-02-25', '17:00'); // Wed

  it('is not yet due with more than one working day left', () => {
    expect(classifyAt(at('2026-02-23', '09:00'), due, calendar)).toBe('not-yet-due');
    expect(classifyAt(at('2026-02-13', '09:00'), due, calendar)).toBe('not-yet-due');
  });

  it('is near-late on the working day before and on the due day, up to the due instant', () => {
    expect(classifyAt(at('2026-02-24', '09:00'), due, calendar)).toBe('near-late');
    expect(classifyAt(at('2026-02-25', '16:59'), due, calendar)).toBe('near-late');
    expect(classifyAt(at('2026-02-25', '17:00'), due, calendar)).toBe('near-late');
  });

  it('is late after the due instant', () => {
    expect(classifyAt(new Date(due.getTime() + 1000), due, calendar)).toBe('late');
    expect(classifyAt(at('2026-03-02', '09:00'), due, calendar)).toBe('late');
  });

  it('takes the near window in working days', () => {
    expect(classifyAt(at('2026-02-24', '09:00'), due, calendar, 0)).toBe('not-yet-due');
    expect(classifyAt(at('2026-02-25', '09:00'), due, calendar, 0)).toBe('near-late');
    expect(classifyAt(at('2026-02-23', '09:00'), due, calendar, 2)).toBe('near-late');
    // Days off do not count: Wed 29 Apr 2026 → Mon 4 May has one working day left.
    expect(classifyAt(at('2026-04-29', '09:00'), at('2026-05-04', '17:00'), calendar)).toBe('near-late');
    expect(classifyAt(at('2026-03-07', '09:00'), at('2026-03-09', '17:00'), calendar)).toBe('near-late'); // Sat → Mon
    expect(() => classifyAt(at('2026-02-24', '09:00'), due, calendar, -1)).toThrow(RangeError);
  });
});

describe('classifyCompletion', () => {
  const due = at('2026-02-25', '17:00');

  it('is early before the due day', () => {
    expect(classifyCompletion(at('2026-02-24', '16:00'), due)).toBe('early');
  });

  it('is on time on the due day until the due instant', () => {
    expect(classifyCompletion(at('2026-02-25', '08:00'), due)).toBe('on-time');
    expect(classifyCompletion(at('2026-02-25', '17:00'), due)).toBe('on-time');
  });

  it('is late after the due instant', () => {
    expect(classifyCompletion(at('2026-02-25', '17:01'), due)).toBe('late');
    expect(classifyCompletion(at('2026-02-26', '08:00'), due)).toBe('late');
  });

  it('counts a Saturday-counter return before a Monday due day as early', () => {
    expect(classifyCompletion(at('2026-03-07', '10:00'), at('2026-03-09', '17:00'))).toBe('early');
  });
});
