import { useTranslation } from 'react-i18next';
import { byMonth, weekdayIndex } from './admin-logic';
import type { CalendarYear } from './admin-types';

const BADGE: Record<string, string> = {
  holiday: 'badge-late',
  compensatory: 'badge-near',
  'official-day-off': 'badge-late',
  'provincial-day-off': 'badge-near',
  'swap-workday': 'badge-ok',
};

/** The year's days off and days worked, month by month. */
export function CalendarYearView({ view }: { view: CalendarYear }) {
  const { t } = useTranslation('admin');
  const months = byMonth(view.days);
  return (
    <section className="card" aria-labelledby="admin-calendar-year" data-testid="admin-calendar-year">
      <h2 id="admin-calendar-year">{t('calendar.yearTitle', { year: view.year })}</h2>
      <p>
        <span className={`badge ${view.basis === 'official' ? 'badge-ok' : 'badge-near'}`}>{t(`calendar.basis.${view.basis}`)}</span> {view.source}
      </p>
      <p className="muted">{t('calendar.workingDays', { count: view.workingDays })}</p>
      <table className="data">
        <thead>
          <tr>
            <th>{t('calendar.month')}</th>
            <th>{t('calendar.date')}</th>
            <th>{t('calendar.weekday')}</th>
            <th>{t('calendar.kind')}</th>
            <th>{t('calendar.name')}</th>
          </tr>
        </thead>
        <tbody>
          {[...months.entries()].flatMap(([month, days]) =>
            days.map((d, i) => (
              <tr key={d.date + d.kind} data-date={d.date}>
                {i === 0 && <th rowSpan={days.length}>{t('calendar.monthName', { month })}</th>}
                <td>{d.date}</td>
                <td>{t(`weekday.${weekdayIndex(d.date)}`)}</td>
                <td>
                  <span className={`badge ${BADGE[d.kind] ?? 'badge-neutral'}`}>{t(`calendar.kinds.${d.kind}`)}</span>
                </td>
                <td>{d.name}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
