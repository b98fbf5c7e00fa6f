import { calendar, vn } from '../__tests__/dossiers';
import { resolutionTime } from './resolution-time';

const at = (day: string, time = '09:00') => new Date(vn(day, time));

describe('resolution time in the procedure unit (indicator 2.2)', () => {
  it('counts working days after the reception day, as deadlines are counted', () => {
    expect(resolutionTime(at('2020-03-02'), at('2020-03-05'), 'working-days', [], calendar)).toBe(3);
    expect(resolutionTime(at('2020-03-02'), at('2020-03-02', '16:00'), 'working-days', [], calendar)).toBe(0);
    // Friday → Monday is one working day; a Saturday reception counts from Monday.
    expect(resolutionTime(at('2020-03-06'), at('2020-03-09'), 'working-days', [], calendar)).toBe(1);
    expect(resolutionTime(at('2020-03-07'), at('2020-03-09'), 'working-days', [], calendar)).toBe(1);
  });

  it('skips Tết (2020: 23–29 January off) and the Hùng Kings day', () => {
    expect(resolutionTime(at('2020-01-22'), at('2020-01-30'), 'working-days', [], calendar)).toBe(1);
    expect(resolutionTime(at('2020-04-01'), at('2020-04-03'), 'working-days', [], calendar)).toBe(1);
  });

  it('takes out the time waiting for a supplement', () => {
    const pause: [Date, Date] = [at('2020-03-03'), at('2020-03-06')];
    expect(resolutionTime(at('2020-03-02'), at('2020-03-10'), 'working-days', [pause], calendar)).toBe(3);
    expect(resolutionTime(at('2020-03-02'), at('2020-03-10'), 'days', [pause], calendar)).toBe(5);
    expect(resolutionTime(at('2020-03-02', '08:00'), at('2020-03-02', '11:30'), 'hours', [], calendar)).toBe(3.5);
    expect(resolutionTime(at('2020-03-02', '08:00'), at('2020-03-02', '11:30'), 'hours', [[at('2020-03-02', '09:00'), at('2020-03-02', '10:00')]], calendar)).toBe(2.5);
  });

  it('never goes below zero, and ignores pauses outside the processing time', () => {
    expect(resolutionTime(at('2020-03-02'), at('2020-03-03'), 'working-days', [[at('2020-02-01'), at('2020-03-20')]], calendar)).toBe(0);
    expect(resolutionTime(at('2020-03-02'), at('2020-03-05'), 'working-days', [[at('2020-03-10'), at('2020-03-12')]], calendar)).toBe(3);
  });
});
