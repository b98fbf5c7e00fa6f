import type { DossierRefusedAtDeskV1 } from '@motcua/contracts';
import { vietnamDayOf } from '@motcua/working-days';
import type { CellDelta } from '../counters/contributions';
import { zeroMeasures } from '../counters/measures';

/**
 * What a refusal at the desk adds to the counters: `refused_at_desk` in its day and month cells at the desk (which is
 * also the unit it is filed under: nothing was routed). Nothing else moves — it was never received, so it neither
 * ends on time nor late (indicator 2.1 counts received dossiers only).
 */
export function deskRefusalCells(e: DossierRefusedAtDeskV1): CellDelta[] {
  const day = vietnamDayOf(new Date(e.refusedAt));
  return (['d', 'm'] as const).map((grain) => ({
    grain,
    periodStart: grain === 'd' ? day : `${day.slice(0, 8)}01`,
    receivingUnitCode: e.receivingUnitCode,
    competentUnitCode: e.receivingUnitCode,
    procedureCode: e.procedureCode,
    channel: e.channel,
    timeUnit: e.timeLimit.unit,
    measures: { ...zeroMeasures(), refused_at_desk: 1 },
  }));
}
