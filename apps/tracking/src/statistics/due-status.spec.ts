import { addDays, classifyAt, vietnamInstant } from '@motcua/working-days';
import { calendar } from '../__tests__/dossiers';
import { dueStatusAt, nearLateBefore } from './due-status';

const open = (dueAt: Date, pausedSince: Date | null = null, lateAlready = false) => ({ dueAt, pausedSince, lateAlready });

describe('due status of an open dossier', () => {
  it("agrees with working-days' classifyAt at every hour of two months around Tết, for due dates a week either side", () => {
    let checked = 0;
    for (let day = '2020-01-10'; day <= '2020-03-10'; day = addDays(day, 1)) {
      for (const time of ['00:00', '08:00', '16:59', '17:00', '23:30']) {
        const at = vietnamInstant(day, time);
        const threshold = nearLateBefore(at, calendar);
        for (let offset = -3; offset <= 9; offset++) {
          const due = vietnamInstant(addDays(day, offset), '17:00');
          expect([day, time, offset, dueStatusAt(at, open(due), threshold)]).toEqual([day, time, offset, classifyAt(at, due, calendar)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('stops the clock while waiting for a supplement', () => {
    const due = vietnamInstant('2020-03-05', '17:00');
    const at = vietnamInstant('2020-03-20', '10:00');
    const threshold = nearLateBefore(at, calendar);
    expect(dueStatusAt(at, open(due, vietnamInstant('2020-03-04', '10:00')), threshold)).toBe('not-yet-due');
    expect(dueStatusAt(at, open(due, vietnamInstant('2020-03-06', '10:00')), threshold)).toBe('late');
    // A request made after `at` did not stop the clock yet at `at`.
    expect(dueStatusAt(vietnamInstant('2020-03-05', '10:00'), open(due, vietnamInstant('2020-03-10', '10:00')), nearLateBefore(vietnamInstant('2020-03-05', '10:00'), calendar))).toBe(
      'near-late',
    );
  });

  it('is late already after a second supplement request', () => {
    const at = vietnamInstant('2020-03-02', '10:00');
    expect(dueStatusAt(at, open(vietnamInstant('2020-03-20', '17:00'), null, true), nearLateBefore(at, calendar))).toBe('late');
  });
});
