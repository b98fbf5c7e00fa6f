import { createVietnamLegalCalendar, vietnamInstant, type SessionRule } from '@motcua/working-days';
import { describeSession } from '@motcua/working-days';
import { counterSessionState, outsideCounterSession } from './counter-sessions';

const calendar = createVietnamLegalCalendar();
const saturday: SessionRule = {
  id: 's1',
  unitCode: '29954',
  name: 'Tiếp nhận ngoài giờ thứ Bảy',
  weekdays: ['saturday'],
  onDaysOff: false,
  start: '07:30',
  end: '11:30',
  validFrom: '2020-01-01',
  validTo: null,
  eligibleProcedures: null,
  slotMinutes: 30,
  slotCapacity: 3,
};

describe('after-hours counter sessions (gateway gate)', () => {
  it('is open inside a session (start inclusive, end exclusive) and closed outside it', () => {
    expect(counterSessionState([saturday], vietnamInstant('2026-03-07', '07:30'), calendar)).toMatchObject({ open: true, session: { sessionId: 's1' } });
    expect(counterSessionState([saturday], vietnamInstant('2026-03-07', '11:29'), calendar).open).toBe(true);
    expect(counterSessionState([saturday], vietnamInstant('2026-03-07', '11:30'), calendar)).toMatchObject({ open: false, unitRunsSessions: true, next: { date: '2026-03-14' } });
    expect(counterSessionState([saturday], vietnamInstant('2026-03-09', '09:00'), calendar)).toMatchObject({ open: false, next: { date: '2026-03-14' } });
  });

  it('is closed for a unit without sessions, and says so', () => {
    const state = counterSessionState([], vietnamInstant('2026-03-07', '08:00'), calendar);
    expect(state).toEqual({ open: false, unitRunsSessions: false, next: undefined });
    if (state.open) throw new Error('unreachable');
    const error = outsideCounterSession(state);
    expect(error.status).toBe(403);
    expect(error.code).toBe('outside_counter_session');
    expect(error.message).toContain('Đơn vị bạn chưa tổ chức phiên tiếp nhận ngoài giờ nào');
  });

  it('names the next session in Vietnamese, Vietnam time', () => {
    const state = counterSessionState([saturday], vietnamInstant('2026-03-09', '09:00'), calendar);
    if (state.open) throw new Error('unreachable');
    expect(outsideCounterSession(state).message).toBe(
      'Quầy tiếp nhận ngoài giờ của đơn vị bạn hiện không mở phiên làm việc. Phiên gần nhất: Thứ Bảy 14/03/2026, 07:30–11:30 (Tiếp nhận ngoài giờ thứ Bảy).',
    );
  });

  it('writes a session ending at midnight as 24:00', () => {
    const evening = { ...saturday, start: '18:00', end: '24:00' };
    const state = counterSessionState([evening], vietnamInstant('2026-03-07', '17:00'), calendar);
    if (state.open || !state.next) throw new Error('expected a next session');
    expect(describeSession(state.next)).toBe('Thứ Bảy 07/03/2026, 18:00–24:00 (Tiếp nhận ngoài giờ thứ Bảy)');
  });
});
