import { addDays, vietnamEndTime, eligibleProcedures, newKey, normaliseCounter, queueTotals, searchProcedures, sessionStateAt, vietnamDay, vietnamTime } from './after-hours-logic';
import type { OpeningDay } from './after-hours-types';

const day = (date: string, sessions: [string, string][]): OpeningDay => ({
  date,
  workingDay: false,
  dayKind: 'weekend',
  dayName: null,
  deskWindows: [],
  sessions: sessions.map(([s, e], i) => ({ sessionId: `s${i}`, name: `Phiên ${i}`, startsAt: s, endsAt: e })),
  themes: [],
});

describe('after-hours: time in Vietnam', () => {
  it('counts the day and the clock in UTC+7, whatever the PC is set to', () => {
    expect(vietnamDay(new Date('2026-11-21T16:59:00Z'))).toBe('2026-11-21');
    expect(vietnamDay(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
    expect(vietnamTime('2026-11-21T06:30:00Z')).toBe('13:30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(vietnamEndTime('2026-11-21T17:00:00Z')).toBe('24:00');
    expect(vietnamEndTime('2026-11-21T09:30:00Z')).toBe('16:30');
  });
});

describe('after-hours: the session now', () => {
  const days = [
    day('2026-11-21', [
      ['2026-11-21T00:30:00Z', '2026-11-21T04:30:00Z'],
      ['2026-11-21T06:30:00Z', '2026-11-21T09:30:00Z'],
    ]),
    day('2026-11-22', [['2026-11-22T00:30:00Z', '2026-11-22T04:30:00Z']]),
  ];

  it('finds the open session, start inclusive and end exclusive', () => {
    const open = sessionStateAt(days, new Date('2026-11-21T06:30:00Z'));
    expect(open).toEqual({ open: true, current: expect.objectContaining({ sessionId: 's1', date: '2026-11-21' }) });
    const ended = sessionStateAt(days, new Date('2026-11-21T09:30:00Z'));
    expect(ended).toEqual({ open: false, next: expect.objectContaining({ date: '2026-11-22', startsAt: '2026-11-22T00:30:00Z' }) });
  });

  it('between two sessions of a day names the afternoon one; with none ahead, no next', () => {
    expect(sessionStateAt(days, new Date('2026-11-21T05:00:00Z'))).toEqual({ open: false, next: expect.objectContaining({ sessionId: 's1' }) });
    expect(sessionStateAt(days, new Date('2026-11-23T00:00:00Z'))).toEqual({ open: false, next: undefined });
  });
});

describe('after-hours: eligible procedures', () => {
  const catalogue = [
    { code: '1.000001', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { value: 0, unit: 'same-day' }, afterHoursEligible: false },
    { code: '1.000002', name: 'Chứng thực bản sao', field: 'Chứng thực', timeLimit: { value: 0, unit: 'same-day' } },
    { code: '2.001458', name: 'Đăng ký biến động đất đai', field: 'Đất đai', timeLimit: { value: 10, unit: 'working-days' }, afterHoursEligible: true },
  ];

  it("takes the session's own list, naming codes the catalogue does not show", () => {
    const r = eligibleProcedures({ eligibleProcedures: ['2.001458', '9.999999'] }, catalogue, false);
    expect([r.basis, r.procedures.map((p) => p.code), r.unknownCodes]).toEqual(['session-list', ['2.001458'], ['9.999999']]);
  });

  it('else the catalogue flag first, then same-day for procedures without a flag', () => {
    const r = eligibleProcedures({ eligibleProcedures: null }, catalogue, true);
    expect([r.basis, r.procedures.map((p) => p.code)]).toEqual(['catalogue-flags', ['1.000002', '2.001458']]);
  });

  it('without the flags (an after-hours clerk outside a session reads the public catalogue), same-day procedures only', () => {
    const r = eligibleProcedures(undefined, catalogue, false);
    expect([r.basis, r.procedures.map((p) => p.code)]).toEqual(['same-day', ['1.000001', '1.000002']]);
  });

  it('searches by code, name or field with or without diacritics', () => {
    expect(searchProcedures(catalogue, 'ho tich').map((p) => p.code)).toEqual(['1.000001']);
    expect(searchProcedures(catalogue, 'ĐẤT').map((p) => p.code)).toEqual(['2.001458']);
    expect(searchProcedures(catalogue, '1.00000').length).toBe(2);
    expect(searchProcedures(catalogue, '  ').length).toBe(3);
  });
});

describe('after-hours: queue helpers', () => {
  it('turns what was typed into a counter code the queue accepts', () => {
    expect(normaliseCounter(' Quầy 2 ')).toBe('quay-2');
    expect(normaliseCounter('QUAY_1!')).toBe('quay1');
  });

  it('adds up the counters', () => {
    const c = (taken: number, waiting: number, served: number, skipped: number) => ({
      counterCode: 'q',
      taken,
      waiting,
      called: 0,
      served,
      skipped,
      averageWaitMinutes: null,
      maxWaitMinutes: null,
      averageServiceMinutes: null,
      longestCurrentWaitMinutes: null,
      nowServing: null,
    });
    expect(queueTotals([c(5, 2, 2, 1), c(3, 1, 1, 0)])).toEqual({ taken: 8, waiting: 3, served: 3, skipped: 1 });
  });

  it('makes idempotency keys the gateway accepts, a new one each time', () => {
    const a = newKey('call');
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(newKey('call')).not.toBe(a);
  });
});
