import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStateAt, vietnamEndTime, vietnamTime } from './after-hours-logic';
import type { UnitSchedule } from './after-hours-types';

/** Today's session of the unit: open now (until when), or closed and the next one; desk hours and theme days of today. */
export function SessionPanel({ schedule, today }: { schedule: UnitSchedule; today: string }) {
  const { t } = useTranslation('afterHours');
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const state = sessionStateAt(schedule.days, now);
  const day = schedule.days.find((d) => d.date === today);
  const openRecord = state.open ? schedule.sessions.find((s) => s.id === state.current.sessionId) : undefined;

  return (
    <section className="card afterhours-session" aria-labelledby="ah-session-title" data-testid="ah-session">
      <h2 id="ah-session-title">{t('session.title')}</h2>
      {state.open ? (
        <p className="afterhours-state afterhours-open" role="status">
          <span className="badge badge-ok">{t('session.openNow')}</span> <strong>{state.current.name}</strong>{' '}
          {vietnamTime(state.current.startsAt)}–{vietnamEndTime(state.current.endsAt)} ({t('session.until', { time: vietnamEndTime(state.current.endsAt) })})
        </p>
      ) : (
        <div role="status">
          <p className="afterhours-state afterhours-closed">
            <span className="badge badge-neutral">{t('session.closedNow')}</span>
          </p>
          <p>
            {state.next
              ? t('session.next', { name: state.next.name, date: state.next.date, start: vietnamTime(state.next.startsAt), end: vietnamEndTime(state.next.endsAt) })
              : t('session.noNext')}
          </p>
        </div>
      )}
      {openRecord && openRecord.roster.length > 0 && (
        <p className="muted">
          {t('session.roster')}: {openRecord.roster.map((r) => `${r.staffId} (${r.duty})`).join('; ')}
        </p>
      )}
      {day && (
        <dl className="afterhours-facts">
          {day.sessions.length > 0 && (
            <>
              <dt>{t('session.todaySessions')}</dt>
              <dd>{day.sessions.map((s) => `${s.name} ${vietnamTime(s.startsAt)}–${vietnamEndTime(s.endsAt)}`).join('; ')}</dd>
            </>
          )}
          <dt>{t('session.deskHours')}</dt>
          <dd>
            {day.deskWindows.length > 0 ? day.deskWindows.map((w) => `${w.start}–${w.end}`).join(', ') : t('session.noDeskHours')}
            {day.dayName && <> · {t('session.dayOff', { name: day.dayName })}</>}
          </dd>
          {day.themes.length > 0 && (
            <>
              <dt>{t('session.themes')}</dt>
              <dd>{day.themes.map((th) => t(`theme.${th.theme}`) + (th.procedures ? ` (${th.procedures.join(', ')})` : '')).join('; ')}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
