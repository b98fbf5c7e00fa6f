import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { deskInbox } from './desk-api';
import { formatDateTime } from './format';
import { inboxOrder } from './hand-over';
import { HandOverForm } from './hand-over-form';
import { DOSSIER_STATUSES, type DeskDossierView, type DossierStatus, type HandOverResponse } from './types';

const BADGE: Record<DossierStatus, string> = {
  received: 'badge-neutral',
  'in-progress': 'badge-neutral',
  'supplement-requested': 'badge-near',
  'result-ready': 'badge-ok',
  'handed-over': 'badge-neutral',
  withdrawn: 'badge-neutral',
};

/** The desk's dossiers, results back from the office first, each handed over from here. */
export function InboxPage() {
  const { t } = useTranslation('desk');
  const [status, setStatus] = useState<DossierStatus | ''>('result-ready');
  const inbox = useApi((signal) => deskInbox(status, signal), [status]);
  const [handing, setHanding] = useState<DeskDossierView>();
  const [done, setDone] = useState<HandOverResponse>();
  const items = useMemo(() => inboxOrder(inbox.data ?? []), [inbox.data]);

  return (
    <Page
      title={t('inbox.title')}
      actions={
        <Button onClick={inbox.reload} busy={inbox.loading}>
          {t('inbox.refresh')}
        </Button>
      }
    >
      <div className="desk-filters">
        <SelectField
          label={t('inbox.status')}
          value={status}
          onChange={(v) => setStatus(v as DossierStatus | '')}
          options={[{ value: '', label: t('inbox.all') }, ...DOSSIER_STATUSES.map((s) => ({ value: s, label: t(`inbox.statuses.${s}`) }))]}
        />
        {inbox.data && <span className="muted">{t('inbox.count', { count: items.length })}</span>}
      </div>
      {done && (
        <div className="banner banner-ok" role="status" data-testid="desk-handed-over">
          {t('handOver.done', { code: done.dossierCode, at: formatDateTime(done.handedOverAt) })}
        </div>
      )}
      {handing && (
        <HandOverForm
          key={handing.dossierCode}
          dossier={handing}
          onCancel={() => setHanding(undefined)}
          onDone={(r) => {
            setDone(r);
            setHanding(undefined);
            inbox.reload();
          }}
        />
      )}
      <ErrorBanner error={inbox.error} />
      {inbox.loading && !inbox.data ? (
        <Loading label={t('loading', { ns: 'common' })} />
      ) : items.length === 0 ? (
        <p className="muted">{t('inbox.empty')}</p>
      ) : (
        <table className="data" data-testid="desk-inbox">
          <thead>
            <tr>
              <th>{t('inbox.code')}</th>
              <th>{t('inbox.procedure')}</th>
              <th>{t('inbox.applicant')}</th>
              <th>{t('inbox.delivery')}</th>
              <th>{t('inbox.received')}</th>
              <th>{t('inbox.appointment')}</th>
              <th>{t('inbox.status')}</th>
              <th>{t('inbox.result')}</th>
              <th>{t('inbox.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.dossierCode} data-code={d.dossierCode}>
                <td className="desk-code">{d.dossierCode}</td>
                <td>
                  {d.procedureCode} — {d.procedureName}
                </td>
                <td data-testid="desk-inbox-applicant">{d.applicantName}</td>
                <td data-testid="desk-inbox-delivery">{t(`deliveries.${d.resultDelivery}`)}</td>
                <td>{formatDateTime(d.receivedAt)}</td>
                <td>{formatDateTime(d.appointmentAt)}</td>
                <td>
                  <span className={`badge ${BADGE[d.status]}`}>{t(`inbox.statuses.${d.status}`)}</span>
                </td>
                <td>
                  {d.outcome === 'refused' ? <span className="desk-warn">{t('inbox.refusedByOffice')}</span> : d.resultRef}
                  {d.resultReadyAt && <div className="muted">{t('inbox.resultReady', { at: formatDateTime(d.resultReadyAt) })}</div>}
                  {d.supplementItems && d.supplementItems.length > 0 && (
                    <ul className="desk-small">
                      {d.supplementItems.map((s) => (
                        <li key={s.name}>
                          {s.name}: {s.reason}
                        </li>
                      ))}
                    </ul>
                  )}
                  {d.handedOverAt && <div className="muted">{formatDateTime(d.handedOverAt)}</div>}
                </td>
                <td>
                  {d.status === 'result-ready' && (
                    <Button primary onClick={() => (setHanding(d), setDone(undefined))}>
                      {t('inbox.handOver')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
