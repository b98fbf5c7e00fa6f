import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { useApi } from '../../ui/use-api';
import { callNext, closeTicket, issueTicket, loadQueueStats, OperationKey } from './after-hours-api';
import { COUNTER_PATTERN, normaliseCounter, queueTotals } from './after-hours-logic';
import type { QueueTicket } from './after-hours-types';

const COUNTER_KEY = 'motcua.afterHours.counter';
const CALLED_KEY = 'motcua.afterHours.called';
const minutes = (n: number | null) => (n === null ? '—' : String(Math.round(n * 10) / 10));

function savedCalled(): QueueTicket | undefined {
  try {
    const raw = sessionStorage.getItem(CALLED_KEY);
    return raw ? (JSON.parse(raw) as QueueTicket) : undefined;
  } catch {
    return undefined;
  }
}

/** The counter's queue: issue a number, call the next one, serve or skip it; the day's figures per counter. */
export function QueuePanel({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation('afterHours');
  const [counter, setCounter] = useState(() => localStorage.getItem(COUNTER_KEY) ?? 'quay-1');
  const [called, setCalled] = useState<QueueTicket | undefined>(savedCalled);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'issue' | 'call' | 'serve' | 'skip'>();
  const keys = useRef({ issue: new OperationKey('ticket'), call: new OperationKey('call'), close: new OperationKey('close') });
  const stats = useApi((signal) => loadQueueStats(signal), []);
  const { reload } = stats;

  useEffect(() => {
    const timer = window.setInterval(reload, 20_000);
    return () => window.clearInterval(timer);
  }, [reload]);
  useEffect(() => {
    if (called) sessionStorage.setItem(CALLED_KEY, JSON.stringify(called));
    else sessionStorage.removeItem(CALLED_KEY);
  }, [called]);

  const code = normaliseCounter(counter);
  const counterError = counter && !COUNTER_PATTERN.test(code) ? t('queue.counterHint') : undefined;

  async function run<T>(what: NonNullable<typeof busy>, key: OperationKey, action: (k: string) => Promise<T>, done: (r: T) => void) {
    setBusy(what);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await action(key.current());
      key.settle();
      done(result);
      reload();
    } catch (err) {
      key.settle(err);
      if (err instanceof ApiError && err.code === 'queue_empty') setNotice(t('queue.empty'));
      else setError(err);
    } finally {
      setBusy(undefined);
    }
  }

  const rememberCounter = () => localStorage.setItem(COUNTER_KEY, code);
  const onCall = (e?: FormEvent) => {
    e?.preventDefault();
    if (counterError || !code) return;
    rememberCounter();
    void run('call', keys.current.call, (k) => callNext(code, k), setCalled);
  };
  const onIssue = () => {
    if (counterError || !code) return;
    rememberCounter();
    void run('issue', keys.current.issue, (k) => issueTicket(unitCode, code, k), (ticket) =>
      setNotice(t('queue.issued', { number: ticket.number, counter: ticket.counterCode, ahead: ticket.waitingAhead })),
    );
  };
  const onClose = (outcome: 'serve' | 'skip') => {
    if (!called) return;
    void run(outcome, keys.current.close, (k) => closeTicket(called.ticketId, outcome, k), (ticket) => {
      setCalled(undefined);
      setNotice(t(outcome === 'serve' ? 'queue.served' : 'queue.skipped', { number: ticket.number }));
    });
  };

  const counters = stats.data?.counters ?? [];
  const totals = queueTotals(counters);
  return (
    <section className="card" aria-labelledby="ah-queue-title" data-testid="ah-queue">
      <h2 id="ah-queue-title">{t('queue.title')}</h2>
      <ErrorBanner error={error} />
      {notice && (
        <div className="banner banner-ok" role="status" data-testid="ah-queue-notice">
          {notice}
        </div>
      )}
      <form className="afterhours-queue-form" onSubmit={onCall}>
        <TextField label={t('queue.counter')} value={counter} onChange={setCounter} error={counterError} hint={code !== counter ? code : undefined} autoComplete="off" />
        <div className="afterhours-queue-actions">
          <Button type="submit" primary busy={busy === 'call'} disabled={!!called}>
            {t('queue.callNext')}
          </Button>
          <Button busy={busy === 'issue'} onClick={onIssue}>
            {t('queue.issue')}
          </Button>
        </div>
      </form>
      {called && (
        <div className="afterhours-called" data-testid="ah-called" aria-live="assertive">
          <div className="muted">
            {t('queue.calling')} · {called.counterCode}
          </div>
          <div className="afterhours-number" aria-label={t('queue.number')}>
            {called.number}
          </div>
          <div className="afterhours-queue-actions">
            <Button primary busy={busy === 'serve'} onClick={() => onClose('serve')} autoFocus>
              {t('queue.serve')}
            </Button>
            <Button busy={busy === 'skip'} onClick={() => onClose('skip')}>
              {t('queue.skip')}
            </Button>
          </div>
        </div>
      )}
      <h3>{t('queue.stats')}</h3>
      <ErrorBanner error={stats.error} />
      {counters.length === 0 ? (
        <p className="muted">{t('queue.noTickets')}</p>
      ) : (
        <>
          <p data-testid="ah-queue-totals">{t('queue.totals', totals)}</p>
          <div className="afterhours-scroll" tabIndex={0} role="region" aria-label={t('queue.title')}>
            <table className="data" data-testid="ah-queue-stats">
              <thead>
                <tr>
                  <th>{t('queue.counter')}</th>
                  <th>{t('queue.taken')}</th>
                  <th>{t('queue.waiting')}</th>
                  <th>{t('queue.nowServing')}</th>
                  <th>{t('queue.servedCount')}</th>
                  <th>{t('queue.skippedCount')}</th>
                  <th>{t('queue.avgWait')}</th>
                  <th>{t('queue.longestWait')}</th>
                  <th>{t('queue.avgService')}</th>
                </tr>
              </thead>
              <tbody>
                {counters.map((c) => (
                  <tr key={c.counterCode} data-counter={c.counterCode}>
                    <td>{c.counterCode}</td>
                    <td>{c.taken}</td>
                    <td>{c.waiting}</td>
                    <td>{c.nowServing ?? '—'}</td>
                    <td>{c.served}</td>
                    <td>{c.skipped}</td>
                    <td>{minutes(c.averageWaitMinutes)}</td>
                    <td>{minutes(c.longestCurrentWaitMinutes)}</td>
                    <td>{minutes(c.averageServiceMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
