import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { isOutsideSession, loadCatalogue, loadSchedule } from './after-hours-api';
import { sessionStateAt, vietnamDay } from './after-hours-logic';
import { BookingsPanel } from './bookings-panel';
import { EligibleProcedures } from './eligible-procedures';
import { QueuePanel } from './queue-panel';
import { SessionPanel } from './session-panel';

/**
 * The after-hours counter: today's session (or the next one), the procedures it takes, the queue and the bookings.
 * An after-hours clerk outside a session gets the gateway's 403 naming the next session: the screen says so and
 * keeps only the (public) procedure list.
 */
export function AfterHoursPage() {
  const { t } = useTranslation('afterHours');
  const { t: tc } = useTranslation();
  const staff = useStaff();
  const today = vietnamDay(new Date());
  const schedule = useApi((signal) => loadSchedule(today, signal), [today]);
  const catalogue = useApi((signal) => loadCatalogue(staff.unitCode, staff.roles, signal), [staff.unitCode]);
  const gateClosed = isOutsideSession(schedule.error) ? schedule.error : undefined;

  const state = schedule.data ? sessionStateAt(schedule.data.days, new Date()) : undefined;
  const sessionId = state?.open ? state.current.sessionId : state?.next?.sessionId;
  const session = schedule.data?.sessions.find((s) => s.id === sessionId);

  return (
    <Page
      title={`${t('title')}${schedule.data ? ` — ${schedule.data.unitName}` : ''}`}
      actions={
        <Button onClick={schedule.reload} busy={schedule.loading && !!schedule.data}>
          {t('refresh')}
        </Button>
      }
    >
      <p className="muted">{t('today', { date: today })}</p>
      {gateClosed ? (
        <section className="card" data-testid="ah-session">
          <h2>{t('session.title')}</h2>
          <p className="afterhours-state afterhours-closed" role="status">
            <span className="badge badge-neutral">{t('session.closedNow')}</span>
          </p>
          <p>{gateClosed.message}</p>
          <p className="muted">{t('session.gateClosed')}</p>
        </section>
      ) : schedule.error ? (
        <ErrorBanner error={schedule.error} />
      ) : !schedule.data ? (
        <Loading label={tc('loading')} />
      ) : (
        <SessionPanel schedule={schedule.data} today={today} />
      )}
      {!gateClosed && schedule.data && (
        <div className="afterhours-grid">
          <QueuePanel unitCode={staff.unitCode} />
          <BookingsPanel today={today} />
        </div>
      )}
      <ErrorBanner error={catalogue.error} />
      {catalogue.data ? (
        <EligibleProcedures session={session} catalogue={catalogue.data.procedures} flagsKnown={catalogue.data.flagsKnown} />
      ) : (
        !catalogue.error && <Loading label={tc('loading')} />
      )}
    </Page>
  );
}
