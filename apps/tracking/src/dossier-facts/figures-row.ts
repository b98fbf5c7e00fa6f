import type { DossierFigures } from './dossier-figures';

/** The figure columns of tracking.dossier_facts, in the order figureValues() gives them. */
export const FIGURE_COLUMNS = [
  'receiving_unit_code',
  'competent_unit_code',
  'procedure_code',
  'channel',
  'time_unit',
  'received_at',
  'due_at',
  'ended_at',
  'end_kind',
  'end_class',
  'paused_since',
  'late_already',
  'resolution_time',
  'after_hours',
  'instant_day',
  'awaiting_collection',
  'supplement_days',
  'delay_day',
  'bundle',
  'rating',
] as const;

export function figureValues(f: DossierFigures | undefined): unknown[] {
  if (!f) return FIGURE_COLUMNS.map(() => null);
  return [
    f.receivingUnitCode,
    f.competentUnitCode,
    f.procedureCode,
    f.channel,
    f.timeUnit,
    f.receivedAt,
    f.dueAt,
    f.endedAt,
    f.endKind,
    f.endClass,
    f.pausedSince,
    f.lateAlready,
    f.resolutionTime,
    f.afterHours,
    f.instantDay,
    f.awaitingCollection,
    f.supplementDays,
    f.delayDay,
    f.bundle,
    f.rating,
  ];
}

const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string | Date));

/** The figures as stored (node-pg: timestamptz → Date, numeric → string); undefined before the reception. */
export function figuresFromRow(row: Record<string, any>): DossierFigures | undefined {
  if (row.received_at === null || row.received_at === undefined) return undefined;
  return {
    receivingUnitCode: row.receiving_unit_code,
    competentUnitCode: row.competent_unit_code,
    procedureCode: row.procedure_code,
    channel: row.channel,
    timeUnit: row.time_unit,
    receivedAt: date(row.received_at)!,
    dueAt: date(row.due_at)!,
    endedAt: date(row.ended_at),
    endKind: row.end_kind,
    endClass: row.end_class,
    pausedSince: date(row.paused_since),
    lateAlready: row.late_already,
    resolutionTime: row.resolution_time === null ? null : Number(row.resolution_time),
    afterHours: row.after_hours,
    instantDay: row.instant_day,
    awaitingCollection: row.awaiting_collection,
    supplementDays: row.supplement_days ?? [],
    delayDay: row.delay_day,
    bundle: row.bundle,
    rating: row.rating,
  };
}
