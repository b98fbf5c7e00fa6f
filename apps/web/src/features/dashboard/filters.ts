// The dashboard's filters, kept in the address (?preset=…&unit=…) so a reload or a shared link shows the same view.
import { GRANULARITIES, PRESETS, presetPeriod, type Granularity, type IsoDay, type Preset } from './period';
import { CHANNELS, PERSPECTIVES, type Channel, type Perspective } from './types';

export interface DashboardFilters {
  /** Absent: the reader's own unit (the gateway's default). */
  unitCode?: string;
  preset: Preset;
  from: IsoDay;
  to: IsoDay;
  granularity: Granularity;
  perspective: Perspective;
  procedureCode?: string;
  channel?: Channel;
}

export interface FilterDefaults {
  perspective: Perspective;
  unitCode?: string;
  preset?: Exclude<Preset, 'custom'>;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the address; anything unknown falls back to the defaults (a named preset is recomputed for today). */
export function filtersFromParams(params: URLSearchParams, today: IsoDay, defaults: FilterDefaults): DashboardFilters {
  const preset = oneOf(PRESETS, params.get('preset')) ?? defaults.preset ?? 'last-6-months';
  const base =
    preset === 'custom'
      ? {
          from: params.get('from') ?? today,
          to: params.get('to') ?? today,
          granularity: oneOf(GRANULARITIES, params.get('granularity')) ?? 'month',
        }
      : presetPeriod(preset, today);
  return {
    unitCode: params.get('unit') || defaults.unitCode,
    preset,
    from: base.from,
    to: base.to,
    granularity: preset === 'custom' ? base.granularity : (oneOf(GRANULARITIES, params.get('granularity')) ?? base.granularity),
    perspective: oneOf(PERSPECTIVES, params.get('perspective')) ?? defaults.perspective,
    procedureCode: params.get('procedure') || undefined,
    channel: oneOf(CHANNELS, params.get('channel')),
  };
}

/** The address of a view (only what differs from a plain preset is written). */
export function filtersToParams(f: DashboardFilters): Record<string, string> {
  const out: Record<string, string> = { preset: f.preset, granularity: f.granularity, perspective: f.perspective };
  if (f.preset === 'custom') Object.assign(out, { from: f.from, to: f.to });
  if (f.unitCode) out.unit = f.unitCode;
  if (f.procedureCode) out.procedure = f.procedureCode;
  if (f.channel) out.channel = f.channel;
  return out;
}

/** The query of GET /api/reports/statistics and /indicators (ReportFilter) for a period. */
export function reportQuery(f: DashboardFilters, period: { from: IsoDay; to: IsoDay } = f): Record<string, string | undefined> {
  return {
    unitCode: f.unitCode,
    from: period.from,
    to: period.to,
    perspective: f.perspective,
    procedureCode: f.procedureCode,
    channel: f.channel,
  };
}
