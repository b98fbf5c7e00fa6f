import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { vietnamDay } from '../after-hours/after-hours-logic';
import { calendarApi, scheduleApi } from './admin-api';
import { CalendarYearView } from './calendar-year-view';
import { OfficialYearForm, ProvinceDaysForm } from './days-editors';
import { SessionsPanel } from './sessions-panel';
import { ThemeDaysPanel } from './theme-days-panel';

/**
 * The working calendar: the legal year (holidays, Tết, swap days; province administrators enter the notice and the
 * province's own days) and a unit's after-hours sessions and theme days (a unit administrator: their own unit).
 */
export function CalendarPage() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const staff = useStaff();
  const province = staff.roles.includes('province-admin');
  const today = vietnamDay(new Date());
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [unitInput, setUnitInput] = useState(province ? '' : staff.unitCode);
  const [unitCode, setUnitCode] = useState(province ? '' : staff.unitCode);
  const calendar = useApi((signal) => calendarApi.year(year, province ? staff.unitCode : undefined, signal), [year, province, staff.unitCode]);
  const schedule = useApi((signal) => (unitCode ? scheduleApi.unit(unitCode, signal) : Promise.resolve(undefined)), [unitCode]);
  const validYear = year >= 1990 && year <= 2199;

  return (
    <Page title={t('calendar.title')}>
      <div className="admin-filters">
        <div className="field">
          <label htmlFor="admin-year">{t('calendar.year')}</label>
          <input id="admin-year" type="number" min={1990} max={2199} value={year} onChange={(e) => setYear(Number(e.target.value))} />
        </div>
      </div>
      <ErrorBanner error={calendar.error} />
      {!validYear ? null : calendar.loading && !calendar.data ? (
        <Loading label={tc('loading')} />
      ) : (
        calendar.data && (
          <div className="admin-calendar-grid">
            <CalendarYearView view={calendar.data} />
            {province && (
              <div>
                <OfficialYearForm key={`o-${calendar.data.year}-${calendar.data.source}`} view={calendar.data} onSaved={calendar.reload} />
                <ProvinceDaysForm key={`p-${calendar.data.year}`} view={calendar.data} onSaved={calendar.reload} />
              </div>
            )}
          </div>
        )
      )}
      <h2>{t('calendar.unitTitle')}</h2>
      <form
        className="admin-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setUnitCode(unitInput.trim());
        }}
      >
        <div className="field">
          <label htmlFor="admin-unit">{t('calendar.unit')}</label>
          <input id="admin-unit" value={unitInput} onChange={(e) => setUnitInput(e.target.value)} readOnly={!province} placeholder="29954" />
        </div>
        {province && (
          <button type="submit" className="btn">
            {t('calendar.openUnit')}
          </button>
        )}
      </form>
      <ErrorBanner error={schedule.error} />
      {unitCode && schedule.loading && !schedule.data && <Loading label={tc('loading')} />}
      {schedule.data && (
        <>
          <SessionsPanel schedule={schedule.data} today={today} onChanged={schedule.reload} />
          <ThemeDaysPanel key={schedule.data.unitCode} schedule={schedule.data} today={today} onChanged={schedule.reload} />
        </>
      )}
    </Page>
  );
}
