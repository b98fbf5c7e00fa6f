import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { downloadRegisterCsv, registerPage, registerPrintPath } from './desk-api';
import { formatDateTime, vietnamDay } from './format';
import { PrintButton } from './print-button';

/** The desk's register (Sổ theo dõi hồ sơ) of a period, today by default: on screen, printed, or as CSV. */
export function RegisterPage() {
  const { t } = useTranslation('desk');
  const today = vietnamDay();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [period, setPeriod] = useState({ from: today, to: today, page: 1 });
  const [csvBusy, setCsvBusy] = useState(false);
  const [csvError, setCsvError] = useState<unknown>();
  const register = useApi((signal) => registerPage(period.from, period.to, period.page, signal), [period.from, period.to, period.page]);
  const badRange = from > to;

  function show(e: FormEvent) {
    e.preventDefault();
    if (!badRange) setPeriod({ from, to, page: 1 });
  }

  async function csv() {
    setCsvBusy(true);
    setCsvError(undefined);
    try {
      await downloadRegisterCsv(period.from, period.to);
    } catch (err) {
      setCsvError(err);
    } finally {
      setCsvBusy(false);
    }
  }

  const data = register.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <Page
      title={t('register.title')}
      actions={
        <>
          <PrintButton path={registerPrintPath(period.from, period.to)} testId="desk-register-print">
            {t('register.print')}
          </PrintButton>
          <Button busy={csvBusy} onClick={() => void csv()}>
            ⬇ {t('register.csv')}
          </Button>
        </>
      }
    >
      <form className="desk-filters" onSubmit={show}>
        <TextField label={t('register.from')} type="date" value={from} onChange={setFrom} autoFocus error={badRange ? t('register.badRange') : undefined} />
        <TextField label={t('register.to')} type="date" value={to} onChange={setTo} />
        <Button type="submit" primary disabled={badRange}>
          {t('register.show')}
        </Button>
      </form>
      <ErrorBanner error={register.error ?? csvError} />
      {data && (
        <p className="muted">
          {data.desk.deskName} · {t('register.total', { count: data.total })}
        </p>
      )}
      {register.loading && !data ? (
        <Loading label={t('loading', { ns: 'common' })} />
      ) : !data || data.items.length === 0 ? (
        <p className="muted">{t('register.empty')}</p>
      ) : (
        <div className="desk-scroll" tabIndex={0} role="region" aria-label={t('register.title')}>
          <table className="data desk-register" data-testid="desk-register">
            <thead>
              <tr>
                <th>{t('register.number')}</th>
                <th>{t('register.code')}</th>
                <th>{t('register.procedure')}</th>
                <th>{t('register.applicant')}</th>
                <th>{t('register.addressPhone')}</th>
                <th>{t('register.leadAgency')}</th>
                <th>{t('register.received')}</th>
                <th>{t('register.appointment')}</th>
                <th>{t('register.transferred')}</th>
                <th>{t('register.resultReceived')}</th>
                <th>{t('register.returned')}</th>
                <th>{t('register.note')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((l) => (
                <tr key={l.dossierCode} data-code={l.dossierCode}>
                  <td>{l.number}</td>
                  <td className="desk-code">{l.dossierCode}</td>
                  <td>{l.procedureName}</td>
                  <td>{l.applicantName}</td>
                  <td>
                    {l.address}
                    {l.phone && <div className="muted">{l.phone}</div>}
                  </td>
                  <td>{l.leadAgency?.name}</td>
                  <td>{formatDateTime(l.receivedAt)}</td>
                  <td>{formatDateTime(l.appointmentAt)}</td>
                  <td>{formatDateTime(l.transferredAt)}</td>
                  <td>{formatDateTime(l.resultReceivedAt)}</td>
                  <td>{formatDateTime(l.returnedAt)}</td>
                  <td>{l.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && pages > 1 && (
        <div className="desk-actions">
          <Button disabled={period.page <= 1} onClick={() => setPeriod((p) => ({ ...p, page: p.page - 1 }))}>
            {t('register.previous')}
          </Button>
          <span>{t('register.page', { page: period.page, pages })}</span>
          <Button disabled={period.page >= pages} onClick={() => setPeriod((p) => ({ ...p, page: p.page + 1 }))}>
            {t('register.next')}
          </Button>
        </div>
      )}
    </Page>
  );
}
