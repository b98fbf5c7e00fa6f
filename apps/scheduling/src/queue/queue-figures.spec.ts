import { counterFigures } from './queue-figures';
import type { TicketRow } from './queue-store';

const t0 = new Date('2026-03-09T01:00:00Z'); // 08:00 in Vietnam
const min = (n: number) => new Date(t0.getTime() + n * 60_000);
const ticket = (number: number, status: TicketRow['status'], taken: number, called?: number, finished?: number): TicketRow => ({
  id: String(number),
  unit_code: '30010',
  counter_code: 'quay-1',
  day: '2026-03-09',
  number,
  status,
  booking_code: null,
  taken_at: min(taken),
  called_at: called === undefined ? null : min(called),
  called_by: called === undefined ? null : 'clerk',
  finished_at: finished === undefined ? null : min(finished),
});

describe('counterFigures', () => {
  it('counts tickets by status and computes waiting and service times in minutes', () => {
    const figures = counterFigures(
      'quay-1',
      [ticket(1, 'served', 0, 5, 15), ticket(2, 'skipped', 1, 16, 17), ticket(3, 'called', 2, 20), ticket(4, 'waiting', 10), ticket(5, 'waiting', 12)],
      min(30),
    );
    expect(figures).toEqual({
      counterCode: 'quay-1',
      taken: 5,
      waiting: 2,
      called: 1,
      served: 1,
      skipped: 1,
      averageWaitMinutes: 12.67, // (5 + 15 + 18) / 3
      maxWaitMinutes: 18,
      averageServiceMinutes: 10,
      longestCurrentWaitMinutes: 20,
      nowServing: 3,
    });
  });

  it('has no figures for an empty day', () => {
    expect(counterFigures('quay-2', [], t0)).toMatchObject({ taken: 0, averageWaitMinutes: null, maxWaitMinutes: null, longestCurrentWaitMinutes: null, nowServing: null });
  });
});
