import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { BreakdownPanel } from './breakdown-panel';
import { loadUnits } from './dashboard-api';
import { FilterForm } from './filter-form';
import { filtersFromParams, filtersToParams, type DashboardFilters, type FilterDefaults } from './filters';
import { HeadlineCards } from './headline-cards';
import { IndicatorsDetails } from './indicators-details';
import { OutreachPanel } from './outreach-panel';
import { longDay, vietnamToday, type IsoDay } from './period';
import { headlineOf } from './series';
import { TrendPanel } from './trend-panel';
import { defaultPerspective, mayPickUnit, resolveAlias, unitOptions, type UnitOption } from './units';
import { useDashboardData } from './use-dashboard-data';

/** /dashboard: the unit's figures for a head of office, a unit or province administrator, an auditor. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const staff = useStaff();
  const pick = mayPickUnit(staff.roles);
  const today = useMemo(() => vietnamToday(new Date()), []);
  const units = useApi((signal) => (pick ? loadUnits(signal) : Promise.resolve(undefined)), [pick]);

  if (pick && units.loading && !units.data) {
    return (
      <Page title={t('title')}>
        <Loading label={t('loadingUnits')} />
      </Page>
    );
  }
  // A unit merged away (the province's old code 87 → 82 since 1 Jul 2025) reads as the unit that carries it today.
  const ownCode = units.data ? resolveAlias(staff.unitCode, units.data.aliases, today) : staff.unitCode;
  const defaults: FilterDefaults = { perspective: defaultPerspective(staff.roles), unitCode: pick ? ownCode : undefined };
  const options = units.data ? unitOptions(units.data.units, staff.roles.includes('auditor') ? undefined : ownCode) : undefined;
  // Campaign names come with the coverage; for campaigns whose visits predate names, scheduling lets unit admins and
  // auditors open the campaign.
  const campaignNames = staff.roles.some((r) => r === 'unit-admin' || r === 'auditor');
  return <DashboardView today={today} defaults={defaults} units={options?.length ? options : undefined} unitsFailed={pick && !!units.error} campaignNames={campaignNames} />;
}

interface ViewProps {
  today: IsoDay;
  defaults: FilterDefaults;
  units?: UnitOption[];
  unitsFailed: boolean;
  campaignNames: boolean;
}

function DashboardView({ today, defaults, units, unitsFailed, campaignNames }: ViewProps) {
  const { t, i18n } = useTranslation('dashboard');
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const filters = useMemo(() => filtersFromParams(params, today, defaults), [paramsKey, today, defaults.perspective, defaults.unitCode]);
  const data = useDashboardData(filters, campaignNames);
  const main = data.byProcedure;

  // The procedure filter offers the procedures of the period, as the by-procedure answer lists them whatever procedure
  // is chosen (kept while the next answer loads).
  const [procedures, setProcedures] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!main.data) return;
    const list = main.data.procedures ?? main.data.rows.map((r) => ({ code: r.key, name: r.label }));
    setProcedures(new Map(list.map((p) => [p.code, p.name] as const).sort(([a], [b]) => a.localeCompare(b))));
  }, [main.data]);
  const procedureOptions = useMemo(() => {
    if (!filters.procedureCode || procedures.has(filters.procedureCode)) return procedures;
    return new Map([...procedures, [filters.procedureCode, filters.procedureCode]]);
  }, [procedures, filters.procedureCode]);

  const apply = (f: DashboardFilters) => setParams(filtersToParams(f));
  const serverErrors = main.error instanceof ApiError ? main.error.byField() : {};
  const ready = main.data && !main.error;
  const refreshing = main.loading || data.byChannel.loading || data.indicators.loading || data.trend.loading;

  return (
    <Page
      title={t('title')}
      actions={
        <Button onClick={() => window.print()} disabled={!ready}>
          {t('print')}
        </Button>
      }
    >
      {ready && (
        <p className="dashboard-unit" data-testid="dashboard-unit">
          {t('unitLine', { name: main.data!.unit.name, code: main.data!.unit.code })}
        </p>
      )}
      {unitsFailed && <div className="banner banner-error">{t('filters.unitsFailed')}</div>}
      <FilterForm applied={filters} today={today} units={units} procedures={procedureOptions} serverErrors={serverErrors} busy={refreshing} onApply={apply} />
      <ErrorBanner error={main.error} />
      {main.loading && !main.data && <Loading label={t('loadingData')} />}
      {ready && (
        <>
          <p className="muted dashboard-asof" role="status" aria-live="polite">
            {refreshing ? t('updating') : t('asOf', { from: longDay(main.data!.from), to: longDay(main.data!.to), time: new Date(main.data!.asOf).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) })}
          </p>
          <HeadlineCards headline={headlineOf(main.data!, data.indicators.data)} />
          {main.data!.total.toProcess === 0 && main.data!.total.received === 0 && <p className="muted">{t('noDossiers')}</p>}
          <ErrorBanner error={data.trend.error} />
          {data.trend.data && !data.trend.error ? <TrendPanel points={data.trend.data} granularity={filters.granularity} /> : !data.trend.error && <Loading label={t('loadingData')} />}
          <div className="dashboard-grid">
            <BreakdownPanel kind="procedure" rows={main.data!.rows} />
            <ErrorBanner error={data.byChannel.error} />
            {data.byChannel.data && !data.byChannel.error && <BreakdownPanel kind="channel" rows={data.byChannel.data.rows} />}
          </div>
          <div className="dashboard-grid">
            <ErrorBanner error={data.indicators.error} />
            {data.indicators.data && !data.indicators.error && <IndicatorsDetails indicators={data.indicators.data} procedureNames={procedureOptions} />}
            <ErrorBanner error={data.outreach.error} />
            {data.outreach.data && !data.outreach.error && <OutreachPanel coverage={data.outreach.data.coverage} names={data.outreach.data.names} />}
          </div>
        </>
      )}
    </Page>
  );
}
