import { figures, reception, vn } from '../__tests__/dossiers';

// A 3-working-day procedure received Monday 2 Mar 2020, due Thursday 5 Mar 17:00 (Vietnam time).
const received = reception({ receivedAt: vn('2020-03-02', '09:00'), appointmentAt: vn('2020-03-05', '17:00') });

describe('outcome of a dossier (indicator 2.1 rules)', () => {
  describe('the boundaries between early, on time and late', () => {
    it.each([
      ['the day before the appointment, one second to midnight', 'early', vn('2020-03-04', '23:59:59')],
      ['the appointment day at midnight', 'on-time', vn('2020-03-05', '00:00')],
      ['the appointment day, morning', 'on-time', vn('2020-03-05', '10:00')],
      ['exactly at the appointment', 'on-time', vn('2020-03-05', '17:00')],
      ['one minute after the appointment', 'late', vn('2020-03-05', '17:01')],
      ['the next day', 'late', vn('2020-03-06', '08:00')],
      ['the day it was received', 'early', vn('2020-03-02', '11:00')],
    ])('resolved %s: %s', (_, expected, resolvedAt) => {
      expect(figures(received, { kind: 'resolved', at: resolvedAt }).endClass).toBe(expected);
    });

    it('is open (no class) until it ends', () => {
      expect(figures(received)).toMatchObject({ endedAt: null, endClass: null, endKind: null });
    });
  });

  describe('the end of processing', () => {
    it('is the resolution, not the later hand-over', () => {
      const f = figures(received, { kind: 'handed-over', at: vn('2020-03-09', '08:00') }, { kind: 'resolved', at: vn('2020-03-05', '09:00') });
      expect(f).toMatchObject({ endKind: 'resolved', endClass: 'on-time', endedAt: new Date(vn('2020-03-05', '09:00')) });
    });

    it('is the hand-over when no resolution was recorded (settled at the desk)', () => {
      expect(figures(received, { kind: 'handed-over', at: vn('2020-03-03', '08:00') })).toMatchObject({ endKind: 'resolved', endClass: 'early' });
    });

    it('is the refusal or the withdrawal, judged against the appointment like any end', () => {
      expect(figures(received, { kind: 'refused', at: vn('2020-03-04', '08:00') })).toMatchObject({ endKind: 'refused', endClass: 'early' });
      expect(figures(received, { kind: 'withdrawn', at: vn('2020-03-06', '08:00') })).toMatchObject({ endKind: 'withdrawn', endClass: 'late' });
    });

    it('never falls before the reception (clock skew between services)', () => {
      const f = figures(received, { kind: 'resolved', at: vn('2020-03-02', '08:00') });
      expect(f.endedAt).toEqual(f.receivedAt);
    });
  });

  describe('supplements', () => {
    const request = (n: number, at: string) => ({ kind: 'supplement-requested' as const, requestNumber: n, at });
    const returned = (at: string, newAppointmentAt: string) => ({ kind: 'supplemented' as const, at, newAppointmentAt });

    it('restart the count: resolved after the first appointment but by the new one is on time', () => {
      const f = figures(
        received,
        request(1, vn('2020-03-03', '10:00')),
        returned(vn('2020-03-09', '09:00'), vn('2020-03-12', '17:00')),
        { kind: 'resolved', at: vn('2020-03-12', '15:00') },
      );
      expect(f).toMatchObject({ endClass: 'on-time', dueAt: new Date(vn('2020-03-12', '17:00')), lateAlready: false });
    });

    it('more than one request makes the dossier late, however early it ends', () => {
      const f = figures(
        received,
        request(1, vn('2020-03-03', '10:00')),
        returned(vn('2020-03-04', '09:00'), vn('2020-03-09', '17:00')),
        request(2, vn('2020-03-05', '10:00')),
        returned(vn('2020-03-06', '09:00'), vn('2020-03-11', '17:00')),
        { kind: 'resolved', at: vn('2020-03-09', '08:00') },
      );
      expect(f).toMatchObject({ endClass: 'late', lateAlready: true });
    });

    it('a request made after the appointment had passed is late', () => {
      const f = figures(
        received,
        request(1, vn('2020-03-06', '10:00')),
        returned(vn('2020-03-09', '09:00'), vn('2020-03-12', '17:00')),
        { kind: 'resolved', at: vn('2020-03-10', '15:00') },
      );
      expect(f.endClass).toBe('late');
    });

    it('while waiting, the clock stands at the request; the dossier is still open', () => {
      const f = figures(received, request(1, vn('2020-03-04', '10:00')));
      expect(f).toMatchObject({ endedAt: null, pausedSince: new Date(vn('2020-03-04', '10:00')), lateAlready: false });
    });

    it('a dossier withdrawn while waiting is judged at the request time', () => {
      const f = figures(received, request(1, vn('2020-03-04', '10:00')), { kind: 'withdrawn', at: vn('2020-04-01', '10:00') });
      expect(f).toMatchObject({ endKind: 'withdrawn', endClass: 'early', pausedSince: null });
    });

    it('the return restarts the count even when its request event has not arrived yet', () => {
      const f = figures(received, returned(vn('2020-03-09', '09:00'), vn('2020-03-12', '17:00')), { kind: 'resolved', at: vn('2020-03-12', '09:00') });
      expect(f.endClass).toBe('on-time');
    });
  });

  describe('delays (apology with a new appointment)', () => {
    const delayed = { kind: 'delayed' as const, at: vn('2020-03-04', '16:00'), newAppointmentAt: vn('2020-03-10', '17:00') };

    it('do not move the due date: resolved by the new date but after the first is still late', () => {
      const f = figures(received, delayed, { kind: 'resolved', at: vn('2020-03-09', '10:00') });
      expect(f).toMatchObject({ endClass: 'late', dueAt: new Date(vn('2020-03-05', '17:00')), delayDay: '2020-03-04' });
    });

    it('resolved by the first appointment after all: on time, the delay still counted', () => {
      const f = figures(received, delayed, { kind: 'resolved', at: vn('2020-03-05', '16:00') });
      expect(f).toMatchObject({ endClass: 'on-time', delayDay: '2020-03-04' });
    });

    it('only the first apology counts (re-scheduling is allowed once)', () => {
      const second = { kind: 'delayed' as const, at: vn('2020-03-10', '16:00'), newAppointmentAt: vn('2020-03-20', '17:00') };
      expect(figures(received, second, delayed).delayDay).toBe('2020-03-04');
      expect(figures(received, delayed, second).delayDay).toBe('2020-03-04');
    });
  });
});
