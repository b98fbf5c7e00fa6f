/**
 * The pre-aggregated counters of tracking.stat_cells, one column each. A dossier adds to the cell of the day (and
 * month) a thing happened to it: the reception day for reception measures, the end day for outcome measures.
 */
export const MEASURES = [
  // at the reception day
  'received',
  'received_after_hours',
  'received_instant',
  'bundles',
  'bundle_dossiers',
  // at the end day (NgayKetThucXuLy), every kind of end, judged against the due date: indicator 2.1
  'ended',
  'ended_early',
  'ended_on_time',
  'ended_late',
  // at the end day, resolutions only: the local table and indicator 2.2
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'resolution_time_sum',
  'withdrawn',
  'refused',
  'awaiting_collection',
  // satisfaction, at the end day
  'rated',
  'rated_dissatisfied',
  'unsatisfactory',
  // at the day they were issued
  'supplement_requests',
  'delays',
  // refused at the desk (form 03): never received, so outside `received`, `ended` and every rate
  'refused_at_desk',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, number>;

export const zeroMeasures = (): Measures => Object.fromEntries(MEASURES.map((m) => [m, 0])) as Measures;

export function addMeasures(into: Measures, more: Partial<Measures>, sign = 1): Measures {
  for (const m of MEASURES) into[m] += sign * (more[m] ?? 0);
  return into;
}
