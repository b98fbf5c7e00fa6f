import { hiepXuong2020 } from '../__tests__/hiep-xuong-2020';
import { calendar, figures, vn } from '../__tests__/dossiers';
import { inMemoryReport } from '../__tests__/in-memory-report';
import { MARCH_2020 } from '../__tests__/march-2020';
import type { FactChange } from '../dossier-facts/fact-changes';
import { toFigures } from './report-figures';
import { reportPeriod } from './report-period';

const report = (lives: FactChange[][], from: string, to: string, now = new Date('2021-06-01T00:00:00Z')) => {
  const { flows, stocks } = inMemoryReport(
    lives.map((life) => figures(...life)),
    reportPeriod(from, to, now),
    calendar,
  );
  return toFigures(flows, stocks);
};

describe('statistics figures', () => {
  it("reproduce the seed's figure: 1,286 cases, 1,003 on time, 283 early", () => {
    const year = report(hiepXuong2020(), '2020-01-01', '2020-12-31');
    expect(year).toMatchObject({
      received: 1286,
      carriedOver: 0,
      toProcess: 1286,
      resolved: { total: 1286, early: 283, onTime: 1003, late: 0 },
      inProgress: { total: 0, late: 0, nearLate: 0, notYetDue: 0 },
      lateRate: 0,
      onTimeRate: 100,
      // (1,003 × 3 + 283 × 1) working days ÷ 1,286
      averageResolutionTime: [{ unit: 'working-days', value: 2.56, dossiers: 1286 }],
    });
  });

  it('add up across periods: two halves of the year make the year', () => {
    const lives = hiepXuong2020();
    const first = report(lives, '2020-01-01', '2020-06-30');
    const second = report(lives, '2020-07-01', '2020-12-31');
    expect(first.resolved.early + second.resolved.early).toBe(283);
    expect(first.resolved.onTime + second.resolved.onTime).toBe(1003);
    // What the first half leaves open is exactly what the second half carries over.
    expect(second.carriedOver).toBe(first.inProgress.total);
    expect(first.toProcess).toBe(first.resolved.total + first.inProgress.total);
  });

  describe('on a constructed month with every edge case (March 2020, see __tests__/march-2020.ts)', () => {
    const march = report(Object.values(MARCH_2020), '2020-03-01', '2020-03-31');

    it('counts the flows of the period and the stocks at its edges', () => {
      expect(march).toMatchObject({
        received: 15,
        carriedOver: 1,
        toProcess: 16,
        // early: 01, 15 (Saturday hand-over), 18 (instant); on time: 02 (to the minute), 06 (new appointment after a
        // supplement); late: 03 (by a minute), 04 (carried over), 07 (two supplements), 14 (apology does not excuse)
        resolved: { total: 9, early: 3, onTime: 2, late: 4 },
        // at 1 April 00:00: 09 and 17 late; 10 near-late (2 April is a holiday); 08 (clock stopped) and 11 not yet due
        inProgress: { total: 5, late: 2, nearLate: 1, notYetDue: 2 },
        withdrawn: 1,
        refused: 1,
        // resolved, not handed over: 03, 04, 06, 07, 14, 18
        awaitingCollection: 6,
        afterHours: 1,
        instantDay: 1,
        supplementRequests: 4,
        delays: 1,
        bundles: { bundles: 0, dossiers: 0 },
      });
    });

    it('rates lateness as (late in progress + ended late) ÷ to process', () => {
      // late: 09, 17 in progress; 03, 04, 07, 14 resolved and 13 withdrawn after the appointment
      expect(march.lateRate).toBe(43.75);
      expect(march.onTimeRate).toBe(56.25);
    });

    it('averages resolution time per time unit, supplement waits taken out', () => {
      // working days: 01:2, 02:3, 03:3, 04:5, 06:8−4, 07:5−2, 14:5, 18:0 → 25 ÷ 8
      expect(march.averageResolutionTime).toEqual([
        { unit: 'same-day', value: 0, dossiers: 1 },
        { unit: 'working-days', value: 3.13, dossiers: 8 },
      ]);
    });

    it('keeps the books balanced: carried over + received = ended + in progress', () => {
      const ended = march.resolved.total + march.withdrawn + march.refused;
      expect(march.toProcess).toBe(ended + march.inProgress.total);
    });

    it('measures in-progress dossiers now when the period has not ended yet', () => {
      const now = new Date(vn('2020-03-18', '10:00'));
      // What had happened by then: later events do not exist yet.
      const happened = (change: FactChange) => new Date(change.kind === 'received' ? change.reception.receivedAt : change.kind === 'routed' ? 0 : change.at) <= now;
      const known = Object.values(MARCH_2020)
        .map((life) => life.filter(happened))
        .filter((life) => life.length > 0 && life[0].kind === 'received');
      const midMonth = report(known, '2020-03-01', '2020-03-31', now);
      // received by 18 March 10:00: 01, 02, 03, 06, 07, 12, 13, 14, 15, 18
      expect(midMonth).toMatchObject({ received: 10, carriedOver: 1 });
      expect(midMonth.inProgress.total + midMonth.resolved.total + midMonth.withdrawn + midMonth.refused).toBe(midMonth.toProcess);
      // 14 is due on 19 March: near-late on the 18th.
      expect(midMonth.inProgress).toEqual({ total: 1, late: 0, nearLate: 1, notYetDue: 0 });
    });
  });
});
