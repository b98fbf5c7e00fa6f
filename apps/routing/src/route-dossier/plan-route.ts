import {
  canReceive,
  type BundleRecord,
  type Competence,
  type ProcedureRecord,
  type RouteLeg,
  type TimeLimit,
  type UnitRecord,
  type UnitSource,
} from '@motcua/contracts';
import { PermanentFailure } from '@motcua/messaging';

export interface RoutePlan {
  procedureCode: string;
  /** Where the dossier goes: the competent unit, or its office with its own inbox. */
  competentUnitCode: string;
  competentUnitName: string;
  office?: { kind: NonNullable<Competence['office']>['kind']; name: string };
  mode: 'local' | 'relay';
  legs: RouteLeg[];
  /** The total legal limit the receipt shows; relay time counts inside it (DOMAIN.md §1.4). */
  timeLimit: TimeLimit;
  /** The step plan has the competent office's head approve and sign the result. */
  headApprovalRequired: boolean;
}

/** A dossier that no unit may decide: it must not be routed into nowhere (intake refuses it with the same rules). */
/** A route that cannot be decided from the data as it stands: dead-lettered at once, replayable after a fix. */
export class RoutingError extends PermanentFailure {}

/** Working days kept for carrying the result back to the receiving desk when the catalogue has no step plan. */
const RETURN_LEG_WORKING_DAYS = 1;

/**
 * Decides the competent unit and the route of a dossier received at `receiving` on `day`, from the reference data
 * of that day alone — the three-tier and the two-tier structures are only different data. Pure.
 */
export function decideRoute(procedure: ProcedureRecord, receiving: UnitRecord, units: UnitSource, day: string, subjectUnitCode?: string): RoutePlan {
  const decision = canReceive(procedure, receiving, units, day, { subjectUnitCode });
  if (!decision.ok) throw new RoutingError(`${decision.code}: ${decision.reason}`);
  return planLegs(decision);
}

/**
 * The legs and their budgets. With a step plan, the forward leg holds every step up to the competent unit's last one
 * and the return leg the rest; without one, the return leg keeps one working day. Either way the legs add up to the
 * procedure's total (a limit in calendar days is budgeted as that many working days: relay counts the office's
 * deadline back from the appointment, so the conversion is never needed here).
 */
export function planLegs(decision: Competence): RoutePlan {
  const { procedure, receiving, addressee, office, mode } = decision;
  const { unit, value } = procedure.timeLimit;
  const total = unit === 'working-days' || unit === 'days' ? value : 0;
  const steps = procedure.steps ?? [];
  const toStep = (s: { name: string; budgetWorkingDays: number }) => ({ name: s.name, budgetWorkingDays: s.budgetWorkingDays });
  const base = {
    procedureCode: procedure.code,
    competentUnitCode: addressee.code,
    competentUnitName: addressee.name,
    ...(office ? { office: { kind: office.kind, name: office.name } } : {}),
    mode,
    timeLimit: { value, unit },
    headApprovalRequired: steps.some((s) => s.owner === 'competent-unit' && s.headApproval === true),
  };
  if (mode === 'local') {
    return { ...base, legs: [{ fromUnitCode: receiving.code, toUnitCode: receiving.code, direction: 'forward', budgetWorkingDays: total, ...(steps.length ? { steps: steps.map(toStep) } : {}) }] };
  }
  const split = steps.map((s) => s.owner).lastIndexOf('competent-unit');
  const back = split >= 0 ? steps.slice(split + 1) : [];
  const returnBudget = split >= 0 ? Math.min(total, back.reduce((sum, s) => sum + s.budgetWorkingDays, 0)) : Math.min(RETURN_LEG_WORKING_DAYS, total);
  return {
    ...base,
    legs: [
      {
        fromUnitCode: receiving.code,
        toUnitCode: addressee.code,
        direction: 'forward',
        budgetWorkingDays: total - returnBudget,
        ...(split >= 0 ? { steps: steps.slice(0, split + 1).map(toStep) } : {}),
      },
      { fromUnitCode: addressee.code, toUnitCode: receiving.code, direction: 'return', budgetWorkingDays: returnBudget, ...(back.length ? { steps: back.map(toStep) } : {}) },
    ],
  };
}

export interface BundlePlan {
  bundleCode: string;
  /** The bundle's own limit where the law sets one, else its longest member's. */
  timeLimit: TimeLimit;
  children: RoutePlan[];
}

/**
 * A "2 in 1" or inter-procedure bundle: one intake, one child dossier per procedure, each routed on its own (civil
 * status at the commune, residence at the commune police…). Refused whole if any member cannot be received.
 */
export function decideBundle(
  bundle: BundleRecord,
  procedureOf: (code: string) => ProcedureRecord | undefined,
  receiving: UnitRecord,
  units: UnitSource,
  day: string,
): BundlePlan {
  const children = bundle.procedureCodes.map((code) => {
    const procedure = procedureOf(code);
    if (!procedure) throw new RoutingError(`procedure_not_in_force: thủ tục ${code} của nhóm ${bundle.code} không có trong danh mục`);
    return decideRoute(procedure, receiving, units, day);
  });
  const longest = children.map((c) => c.timeLimit).sort((a, b) => workingDaysOf(b) - workingDaysOf(a))[0];
  return { bundleCode: bundle.code, timeLimit: bundle.timeLimit ?? longest, children };
}

/** Rough working-day length of a limit, only to compare limits of different units. */
function workingDaysOf(limit: TimeLimit): number {
  if (limit.unit === 'same-day') return 0;
  if (limit.unit === 'hours') return limit.value / 8;
  return limit.value;
}
