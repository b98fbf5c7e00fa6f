import { calendar, fold, reception, vn } from '../__tests__/dossiers';
import { deriveFigures } from './dossier-figures';
import { applyChange, type FactChange } from './fact-changes';

const life: FactChange[] = [
  reception({ receivedAt: vn('2020-03-02', '09:00'), appointmentAt: vn('2020-03-09', '17:00'), timeLimit: { value: 5, unit: 'working-days' } }),
  { kind: 'routed', competentUnitCode: '888' },
  { kind: 'transferred', at: vn('2020-03-02', '10:00') },
  { kind: 'supplement-requested', requestNumber: 1, at: vn('2020-03-03', '10:00') },
  { kind: 'supplemented', at: vn('2020-03-04', '09:00'), newAppointmentAt: vn('2020-03-11', '17:00') },
  { kind: 'resolved', at: vn('2020-03-10', '10:00') },
  { kind: 'result-ready', at: vn('2020-03-10', '15:00') },
  { kind: 'handed-over', at: vn('2020-03-11', '08:00') },
  { kind: 'rated', rating: 'satisfied', at: vn('2020-03-11', '09:00') },
];

function permutations<T>(items: T[], limit: number): T[][] {
  // Deterministic shuffles (a small LCG): enough orders to catch an order-dependent fold.
  const orders: T[][] = [items, [...items].reverse()];
  let seed = 7;
  while (orders.length < limit) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    orders.push(copy);
  }
  return orders;
}

describe('folding events into a dossier fact', () => {
  const expected = deriveFigures(fold(...life), calendar);

  it('ends on the same figures whatever order the events arrive in', () => {
    for (const order of permutations(life, 40)) expect(deriveFigures(fold(...order), calendar)).toEqual(expected);
  });

  it('ignores replays: every event applied twice changes nothing', () => {
    expect(deriveFigures(fold(...life.flatMap((c) => [c, c])), calendar)).toEqual(expected);
    const done = fold(...life);
    for (const change of life) expect(applyChange(done, change)).toEqual(done);
  });

  it('keeps the first reception and the first rating, the last resolution', () => {
    const replayedReception = reception({ receivedAt: vn('2020-04-01', '09:00'), appointmentAt: vn('2020-04-08', '17:00') });
    const fact = fold(
      ...life,
      replayedReception,
      { kind: 'rated', rating: 'dissatisfied', at: vn('2020-03-12', '09:00') },
      { kind: 'resolved', at: vn('2020-03-09', '10:00') },
    );
    expect(fact.reception!.receivedAt).toBe('2020-03-02T02:00:00.000Z');
    expect(fact.rating!.rating).toBe('satisfied');
    expect(fact.resolvedAt).toBe('2020-03-10T03:00:00.000Z');
  });

  it('derives nothing until the reception is known', () => {
    expect(deriveFigures(fold(...life.slice(1)), calendar)).toBeUndefined();
  });

  it('counts at the receiving unit until routing names the competent one', () => {
    expect(deriveFigures(fold(life[0]), calendar)!.competentUnitCode).toBe('30385');
    expect(expected!.competentUnitCode).toBe('888');
  });

  it('marks receptions on a day off at a counter as after hours, but not online ones', () => {
    const saturday = (channel: 'counter' | 'online' | 'after-hours-counter', day = '2020-03-07') =>
      deriveFigures(fold(reception({ receivedAt: vn(day, '09:00'), appointmentAt: vn('2020-03-10', '17:00'), channel })), calendar)!.afterHours;
    expect(saturday('counter')).toBe(true);
    expect(saturday('online')).toBe(false);
    expect(saturday('after-hours-counter', '2020-03-09')).toBe(true);
    expect(saturday('counter', '2020-03-09')).toBe(false);
  });

  it('counts an instant-day settlement: a multi-day procedure resolved the day it was received', () => {
    const sameDay = fold(reception({ receivedAt: vn('2020-03-04', '08:00'), appointmentAt: vn('2020-03-09', '17:00') }), {
      kind: 'resolved',
      at: vn('2020-03-04', '10:30'),
    });
    expect(deriveFigures(sameDay, calendar)!.instantDay).toBe(true);
    expect(deriveFigures({ ...sameDay, instantDay: false }, calendar)!.instantDay).toBe(false);
    expect(expected!.instantDay).toBe(false);
  });
});
