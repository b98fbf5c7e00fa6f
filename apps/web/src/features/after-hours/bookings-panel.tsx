import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { loadBookings } from './after-hours-api';
import { vietnamTime } from './after-hours-logic';

/** Who booked the unit's sessions today, in slot order. */
export function BookingsPanel({ today }: { today: string }) {
  const { t } = useTranslation('afterHours');
  const { t: tc } = useTranslation();
  const { data, error, loading } = useApi((signal) => loadBookings(today, signal), [today]);
  const rows = [...(data ?? [])].sort((a, b) => a.slotStart.localeCompare(b.slotStart));
  return (
    <section className="card" aria-labelledby="ah-bookings-title" data-testid="ah-bookings">
      <h2 id="ah-bookings-title">{t('bookings.title')}</h2>
      <ErrorBanner error={error} />
      {loading && !data ? (
        <Loading label={tc('loading')} />
      ) : rows.length === 0 ? (
        !error && <p className="muted">{t('bookings.none')}</p>
      ) : (
        <div className="afterhours-scroll" tabIndex={0} role="region" aria-labelledby="ah-bookings-title">
          <table className="data">
            <thead>
              <tr>
                <th>{t('bookings.slot')}</th>
                <th>{t('bookings.code')}</th>
                <th>{t('bookings.citizen')}</th>
                <th>{t('bookings.phone')}</th>
                <th>{t('bookings.procedure')}</th>
                <th>{t('bookings.session')}</th>
                <th>{t('bookings.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.bookingCode}>
                  <td>
                    {vietnamTime(b.slotStart)}–{vietnamTime(b.slotEnd)}
                  </td>
                  <td>
                    <code>{b.bookingCode}</code>
                  </td>
                  <td>{b.citizen.fullName}</td>
                  <td>{b.citizen.phone}</td>
                  <td>{b.procedureCode ?? '—'}</td>
                  <td>{b.sessionName}</td>
                  <td>{t(`bookingStatus.${b.status}`, { defaultValue: b.status })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
