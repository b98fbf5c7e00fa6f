import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { printDocument } from '../../ui/print-document';
import { ActionPanel } from './action-panel';
import type { OfficeAction } from './actions';
import { controlSlipPath, fetchTimeline, fetchTransfer } from './office-api';
import { TimelineList } from './timeline-list';
import { TransferSummary } from './transfer-summary';
import type { DossierTimeline, TransferView } from './types';
import type { ActionCallbacks } from './use-office-action';
import { useNow } from './use-now';

type Notice = { kind: 'done'; action: OfficeAction } | { kind: 'conflict' };

/** One relayed dossier: its facts, the actions it allows, form 05 and its timeline. */
export function TransferPage() {
  const { t } = useTranslation('office');
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const now = useNow();
  const [transfer, setTransfer] = useState<TransferView | undefined>((location.state as { transfer?: TransferView } | null)?.transfer);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>();
  const [notFound, setNotFound] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [timeline, setTimeline] = useState<DossierTimeline>();
  const [timelineLoading, setTimelineLoading] = useState(false);
  const [timelineError, setTimelineError] = useState<unknown>();
  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<unknown>();
  const code = transfer?.dossierCode;
  const timelineTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setLoading(true);
      try {
        setTransfer(await fetchTransfer(id, signal));
        setNotFound(false);
        setLoadError(undefined);
      } catch (err) {
        // 404: no such transfer; 403: it is another unit's — either way, not one this office can open.
        if (err instanceof ApiError && (err.status === 404 || err.status === 403)) setNotFound(true);
        else if ((err as Error).name !== 'AbortError') setLoadError(err);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [id],
  );

  const loadTimeline = useCallback(async (dossierCode: string) => {
    setTimelineLoading(true);
    try {
      setTimeline(await fetchTimeline(dossierCode));
      setTimelineError(undefined);
    } catch (err) {
      setTimelineError(err);
    } finally {
      setTimelineLoading(false);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    if (code) void loadTimeline(code);
  }, [code, loadTimeline]);

  useEffect(() => () => clearTimeout(timelineTimer.current), []);

  const callbacks: ActionCallbacks = {
    onDone: (updated, action) => {
      setTransfer(updated);
      setNotice({ kind: 'done', action });
      // The timeline is built from events (tracking): it catches up a moment later.
      clearTimeout(timelineTimer.current);
      timelineTimer.current = setTimeout(() => void loadTimeline(updated.dossierCode), 1500);
      if (action === 'delay') navigate(`/office/transfers/${encodeURIComponent(updated.transferId)}/apology`, { state: { transfer: updated } });
    },
    onConflict: () => {
      setNotice({ kind: 'conflict' });
      void load();
      if (code) void loadTimeline(code);
    },
  };

  const printSlip = async () => {
    if (!code) return;
    setPrinting(true);
    setPrintError(undefined);
    try {
      await printDocument(controlSlipPath(code));
    } catch (err) {
      setPrintError(err);
    } finally {
      setPrinting(false);
    }
  };

  const title = transfer ? t('detail.title', { code: transfer.dossierCode }) : t('detail.titleLoading');
  return (
    <Page
      title={title}
      actions={
        <>
          <Link className="btn" to="/office/inbox">
            {t('detail.back')}
          </Link>
          {transfer?.delayed && (
            <Link className="btn" to={`/office/transfers/${encodeURIComponent(transfer.transferId)}/apology`} state={{ transfer }}>
              {t('detail.apologyLetter')}
            </Link>
          )}
          <Button onClick={() => void printSlip()} busy={printing} disabled={!code}>
            {t('detail.printSlip')}
          </Button>
        </>
      }
    >
      {notice?.kind === 'conflict' && (
        <div className="banner banner-error" role="alert" data-testid="office-conflict">
          {t('detail.conflict')}
        </div>
      )}
      {notice?.kind === 'done' && (
        <div className="banner banner-ok" role="status" data-testid="office-done">
          {t(`done.${notice.action}`)}
        </div>
      )}
      <ErrorBanner error={printError} />
      <ErrorBanner error={loadError} />
      {notFound && <div className="banner banner-error">{t('detail.notFound')}</div>}
      {!transfer && loading && <Loading label={t('detail.loading')} />}
      {transfer && (
        <div className="office-detail">
          <section className="card" aria-labelledby="office-facts-title">
            <h2 id="office-facts-title">
              {t('detail.facts')} {loading && <span className="spinner" aria-label={t('detail.loading')} />}
            </h2>
            <TransferSummary transfer={transfer} now={now} />
          </section>
          <section className="card" aria-labelledby="office-actions-title">
            <h2 id="office-actions-title">{t('detail.actions')}</h2>
            <ActionPanel transfer={transfer} callbacks={callbacks} />
          </section>
          <section className="card" aria-labelledby="office-timeline-title">
            <h2 id="office-timeline-title">
              {t('detail.timeline')}{' '}
              <Button className="btn-link" onClick={() => code && void loadTimeline(code)} busy={timelineLoading}>
                {t('detail.reload')}
              </Button>
            </h2>
            <TimelineList timeline={timeline} loading={timelineLoading} error={timelineError} />
          </section>
        </div>
      )}
    </Page>
  );
}
