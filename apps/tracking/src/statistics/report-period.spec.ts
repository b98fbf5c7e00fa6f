import { AppError } from '@motcua/contracts';
import { calendar, figures } from '../__tests__/dossiers';
import { hiepXuong2020 } from '../__tests__/hiep-xuong-2020';
import { inMemoryReport } from '../__tests__/in-memory-report';
import { contributionsOf } from '../counters/contributions';
import { reportPeriod } from './report-period';

const now = new Date('2026-01-01T00:00:00Z');

describe('report periods', () => {
  it('read whole months from month cells and the rest from day cells', () => {
    expect(reportPeriod('2020-03-01', '2020-03-31', now)).toMatchObject({ months: { from: '2020-03-01', to: '2020-03-01' }, days: [] });
    expect(reportPeriod('2020-01-01', '2020-12-31', now)).toMatchObject({ months: { from: '2020-01-01', to: '2020-12-01' }, days: [] });
    // The official monthly reporting period runs from the 15th to the 14th.
    expect(reportPeriod('2020-02-15', '2020-03-14', now)).toMatchObject({
      months: null,
      days: [{ from: '2020-02-15', to: '2020-03-14' }],
    });
    expect(reportPeriod('2019-12-15', '2020-03-14', now)).toMatchObject({
      months: { from: '2020-01-01', to: '2020-02-01' },
      days: [
        { from: '2019-12-15', to: '2019-12-31' },
        { from: '2020-03-01', to: '2020-03-14' },
      ],
    });
    expect(reportPeriod('2020-02-29', '2020-02-29', now)).toMatchObject({ months: null, days: [{ from: '2020-02-29', to: '2020-02-29' }] });
  });

  it('run from midnight to midnight, Vietnam time, and are measured now if not over', () => {
    const p = reportPeriod('2020-03-01', '2020-03-31', now);
    expect(p.start.toISOString()).toBe('2020-02-29T17:00:00.000Z');
    expect(p.end.toISOString()).toBe('2020-03-31T17:00:00.000Z');
    expect(p.asOf).toEqual(p.end);
    expect(reportPeriod('2025-12-01', '2026-01-31', now).asOf).toEqual(now);
  });

  it('count the same whichever cells they read', () => {
    const dossiers = hiepXuong2020().map((life) => figures(...life));
    const received = (from: string, to: string) => {
      const { flows } = inMemoryReport(dossiers, reportPeriod(from, to, now), calendar);
      return [...flows.values()].reduce((n, m) => n + m.received, 0);
    };
    // Month cells plus day cells at both ends give the sum of the day cells one by one.
    const byDays = (from: string, to: string) =>
      dossiers
        .flatMap((d) => [...contributionsOf(d).values()])
        .filter((c) => c.grain === 'd' && c.periodStart >= from && c.periodStart <= to)
        .reduce((n, c) => n + c.measures.received, 0);
    expect(received('2020-02-15', '2020-05-14')).toBe(byDays('2020-02-15', '2020-05-14'));
    expect(received('2020-01-01', '2020-12-31')).toBe(1286);
  });

  it('refuse impossible days, reversed and overlong periods with a 400 naming the field', () => {
    const fail = (from: string, to: string) => {
      try {
        reportPeriod(from, to, now);
      } catch (error) {
        return error as AppError;
      }
      throw new Error('accepted');
    };
    expect(fail('2020-02-30', '2020-03-01')).toMatchObject({ status: 400, fields: [{ field: 'from' }] });
    expect(fail('2020-03-02', '2020-03-01')).toMatchObject({ status: 400, fields: [{ field: 'to', reason: 'không được trước ngày bắt đầu (from)' }] });
    expect(fail('2015-01-01', '2020-03-01')).toMatchObject({ status: 400, fields: [{ field: 'to' }] });
  });
});
