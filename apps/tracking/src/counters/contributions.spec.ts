import { figures, reception, vn } from '../__tests__/dossiers';
import type { DossierFigures } from '../dossier-facts/dossier-figures';
import { contributionsOf, counterDeltas, type CellDelta } from './contributions';
import { addMeasures, MEASURES, zeroMeasures } from './measures';

const keyOf = (c: CellDelta) => [c.grain, c.periodStart, c.receivingUnitCode, c.competentUnitCode, c.procedureCode, c.channel, c.timeUnit].join('\u0001');

/** Counters as a table would hold them after applying deltas one after the other. */
function applyAll(steps: Array<DossierFigures | undefined>): Map<string, Record<string, number>> {
  const table = new Map<string, ReturnType<typeof zeroMeasures>>();
  for (let i = 1; i < steps.length; i++) {
    for (const delta of counterDeltas(steps[i - 1], steps[i])) {
      table.set(keyOf(delta), addMeasures(table.get(keyOf(delta)) ?? zeroMeasures(), delta.measures));
    }
  }
  for (const [key, measures] of table) if (MEASURES.every((m) => measures[m] === 0)) table.delete(key);
  return table;
}

const received = reception({ receivedAt: vn('2020-03-30', '09:00'), appointmentAt: vn('2020-04-06', '17:00') });

describe('counter contributions', () => {
  it('counts a reception at its day and its month', () => {
    const cells = [...contributionsOf(figures(received)).values()];
    expect(cells.map((c) => [c.grain, c.periodStart, c.measures.received])).toEqual([
      ['d', '2020-03-30', 1],
      ['m', '2020-03-01', 1],
    ]);
  });

  it('counts an outcome at its end day, in another month than the reception', () => {
    const f = figures(received, { kind: 'routed', competentUnitCode: '888' }, { kind: 'resolved', at: vn('2020-04-06', '09:00') });
    const april = [...contributionsOf(f).values()].find((c) => c.grain === 'm' && c.periodStart === '2020-04-01')!;
    expect(april.measures).toMatchObject({ received: 0, ended: 1, ended_on_time: 1, resolved_on_time: 1, resolution_time_sum: 4, awaiting_collection: 1 });
    expect(april.competentUnitCode).toBe('888');
  });

  it('moves the counters by differences that add up to the final contribution, whatever path the dossier took', () => {
    const steps = [
      undefined,
      figures(received),
      figures(received, { kind: 'routed', competentUnitCode: '888' }),
      figures(received, { kind: 'routed', competentUnitCode: '888' }, { kind: 'handed-over', at: vn('2020-04-08', '09:00') }),
      figures(received, { kind: 'routed', competentUnitCode: '888' }, { kind: 'handed-over', at: vn('2020-04-08', '09:00') }, { kind: 'resolved', at: vn('2020-04-02', '09:00') }),
    ];
    const final = new Map([...contributionsOf(steps.at(-1)).values()].map((c) => [keyOf(c), c.measures]));
    expect(applyAll(steps)).toEqual(final);
    // Nothing is left at the provisional competent unit, nor at the hand-over day it first seemed to end on.
    expect([...applyAll(steps).keys()].some((k) => k.includes('\u000130385\u000130385\u0001'))).toBe(false);
    expect([...applyAll(steps).keys()].some((k) => k.startsWith('d\u00012020-04-08'))).toBe(false);
  });

  it('changes nothing for a change that does not move the figures', () => {
    const f = figures(received);
    expect(counterDeltas(f, { ...f })).toEqual([]);
  });

  it('orders the cells of one change the same way every time (lock order)', () => {
    const f = figures(received, { kind: 'resolved', at: vn('2020-04-02', '09:00') }, { kind: 'delayed', at: vn('2020-04-01', '09:00'), newAppointmentAt: vn('2020-04-09', '17:00') });
    const keys = counterDeltas(undefined, f).map(keyOf);
    expect(keys).toEqual([...keys].sort());
  });
});
