import type { IsoDay } from '@motcua/working-days';
import { vietnamDayOf } from '@motcua/working-days';
import type { DossierFigures } from '../dossier-facts/dossier-figures';
import { addMeasures, MEASURES, zeroMeasures, type Measure, type Measures } from './measures';

/** 'd' = a day, 'm' = a calendar month (Vietnam time): a month query reads month cells, partial months day cells. */
export type Grain = 'd' | 'm';

/** A counter cell: when, at which units, which procedure and channel; the time unit keeps averages per unit. */
export interface CellKey {
  grain: Grain;
  /** First day of the cell's day or month. */
  periodStart: IsoDay;
  receivingUnitCode: string;
  competentUnitCode: string;
  procedureCode: string;
  channel: string;
  timeUnit: string;
}

export interface CellDelta extends CellKey {
  measures: Measures;
}

const keyText = (k: CellKey): string =>
  [k.grain, k.periodStart, k.receivingUnitCode, k.competentUnitCode, k.procedureCode, k.channel, k.timeUnit].join('\u0001');

/** What one dossier adds to the counters: a pure function of its stored figures (nothing else, see DossierFigures). */
export function contributionsOf(f: DossierFigures | undefined): Map<string, CellDelta> {
  const cells = new Map<string, CellDelta>();
  if (!f) return cells;
  const add = (day: IsoDay, measures: Partial<Record<Measure, number>>) => {
    for (const [grain, periodStart] of [
      ['d', day],
      ['m', `${day.slice(0, 8)}01`],
    ] as const) {
      const key: CellKey = {
        grain,
        periodStart,
        receivingUnitCode: f.receivingUnitCode,
        competentUnitCode: f.competentUnitCode,
        procedureCode: f.procedureCode,
        channel: f.channel,
        timeUnit: f.timeUnit,
      };
      const text = keyText(key);
      const cell = cells.get(text) ?? { ...key, measures: zeroMeasures() };
      addMeasures(cell.measures, measures);
      cells.set(text, cell);
    }
  };

  add(vietnamDayOf(f.receivedAt), {
    received: 1,
    received_after_hours: f.afterHours ? 1 : 0,
    received_instant: f.instantDay ? 1 : 0,
    bundles: f.bundle === 'first' ? 1 : 0,
    bundle_dossiers: f.bundle ? 1 : 0,
  });
  if (f.endedAt && f.endClass && f.endKind) {
    const cls = f.endClass === 'on-time' ? 'on_time' : f.endClass;
    const resolved = f.endKind === 'resolved';
    const dissatisfied = f.rating === 'dissatisfied';
    add(vietnamDayOf(f.endedAt), {
      ended: 1,
      [`ended_${cls}`]: 1,
      ...(resolved ? { [`resolved_${cls}`]: 1, resolution_time_sum: f.resolutionTime ?? 0 } : {}),
      withdrawn: f.endKind === 'withdrawn' ? 1 : 0,
      refused: f.endKind === 'refused' ? 1 : 0,
      awaiting_collection: f.awaitingCollection ? 1 : 0,
      rated: f.rating ? 1 : 0,
      rated_dissatisfied: dissatisfied ? 1 : 0,
      unsatisfactory: f.endClass === 'late' || dissatisfied ? 1 : 0,
    });
  }
  for (const day of f.supplementDays) add(day, { supplement_requests: 1 });
  if (f.delayDay) add(f.delayDay, { delays: 1 });
  return cells;
}

/**
 * What the counters must change by when a dossier's figures go from `before` to `after`: cells that did not change
 * are left out, and the rest come in one fixed order, so concurrent transactions lock shared cells in the same order.
 */
export function counterDeltas(before: DossierFigures | undefined, after: DossierFigures | undefined): CellDelta[] {
  const deltas = new Map<string, CellDelta>();
  for (const [sign, cells] of [
    [-1, contributionsOf(before)],
    [1, contributionsOf(after)],
  ] as const) {
    for (const [text, cell] of cells) {
      const delta = deltas.get(text) ?? { ...cell, measures: zeroMeasures() };
      addMeasures(delta.measures, cell.measures, sign);
      deltas.set(text, delta);
    }
  }
  // Hours carry 2 decimals: round away the binary noise of subtracting them.
  for (const d of deltas.values()) for (const m of MEASURES) d.measures[m] = Math.round(d.measures[m] * 100) / 100;
  return [...deltas.entries()]
    .filter(([, d]) => MEASURES.some((m) => d.measures[m] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
}
