import type { ProcedureRecord, RouteLeg, UnitRecord } from '@motcua/contracts';

export interface RoutePlan {
  competentUnitCode: string;
  mode: 'local' | 'relay';
  legs: RouteLeg[];
}

export class RoutingError extends Error {}

/** Working days kept for carrying the result back to the receiving desk on a relayed dossier. */
const RETURN_LEG_WORKING_DAYS = 1;

/**
 * Decides the competent unit and the legs with their time budgets. Pure: the relay time counts inside the
 * procedure's total limit (DOMAIN.md §1.4), so the return leg's budget comes out of the processing budget.
 */
export function planRoute(procedure: ProcedureRecord, receiving: UnitRecord, units: Map<string, UnitRecord>): RoutePlan {
  // Only the return leg's working day is carved out of the total; relay counts the office's deadline back from
  // the appointment, so a limit in calendar days needs no conversion here.
  const { unit, value } = procedure.timeLimit;
  const total = unit === 'working-days' || unit === 'days' ? value : 0;
  if (procedure.competence === 'receiving-unit') {
    return {
      competentUnitCode: receiving.code,
      mode: 'local',
      legs: [{ fromUnitCode: receiving.code, toUnitCode: receiving.code, direction: 'forward', budgetWorkingDays: total }],
    };
  }
  const parent = receiving.parentCode ? units.get(receiving.parentCode) : undefined;
  if (!parent || (parent.type !== 'district' && parent.type !== 'town')) {
    throw new RoutingError(`unit ${receiving.code} has no district above it`);
  }
  const returnBudget = Math.min(RETURN_LEG_WORKING_DAYS, total);
  return {
    competentUnitCode: parent.code,
    mode: 'relay',
    legs: [
      { fromUnitCode: receiving.code, toUnitCode: parent.code, direction: 'forward', budgetWorkingDays: total - returnBudget },
      { fromUnitCode: parent.code, toUnitCode: receiving.code, direction: 'return', budgetWorkingDays: returnBudget },
    ],
  };
}
