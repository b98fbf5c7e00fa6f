import { createVietnamLegalCalendar } from '@motcua/working-days';
import { paperDeadline } from './paper-deadline';

const calendar = createVietnamLegalCalendar();
// Times below are UTC; Vietnam is UTC+7.
describe('paperDeadline', () => {
  it('is 17:00 the same working day when received by 15:00', () => {
    expect(paperDeadline(new Date('2026-11-20T07:59:00Z'), calendar).toISOString()).toBe('2026-11-20T10:00:00.000Z');
  });

  it('is the start of the next working day when received after 15:00 (Friday → Monday 07:30)', () => {
    expect(paperDeadline(new Date('2026-11-20T08:01:00Z'), calendar).toISOString()).toBe('2026-11-23T00:30:00.000Z');
  });

  it('is the start of the next working day for a Saturday counter, skipping holidays', () => {
    expect(paperDeadline(new Date('2026-04-25T02:00:00Z'), calendar).toISOString()).toBe('2026-04-28T00:30:00.000Z');
  });
});
