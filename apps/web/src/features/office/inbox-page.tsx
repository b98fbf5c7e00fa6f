import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { countByTone, sortByUrgency } from './deadline';
import { InboxFilters } from './inbox-filters';
import { InboxTable } from './inbox-table';
import { fetchInbox, INBOX_PAGE_SIZE, type DeadlineFilter, type InboxQuery } from './office-api';
import type { TransferStatus } from './types';
import { useNow } from './use-now';

function readQuery(params: URLSearchParams): InboxQuery {
  const page = Number(params.get('page') ?? '1');
  return {
    status: (params.get('status') || undefined) as TransferStatus | undefined,
    deadline: (params.get('deadline') || undefined) as DeadlineFilter | undefined,
    mine: params.get('mine') === '1' || undefined,
    code: params.get('code') || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function writeQuery(q: InboxQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.status) out['status'] = q.status;
  if (q.deadline) out['deadline'] = q.deadline;
  if (q.mine) out['mine'] = '1';
  if (q.code) out['code'] = q.code;
  if (q.page && q.page > 1) out['page'] = String(q.page);
  return out;
}

/** The office's inbox: every relayed dossier, overdue first, deadlines coloured; filters in the address. */
export function InboxPage() {
  const { t } = useTranslation('office');
  const staff = useStaff();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const now = useNow();
  const { data, error, loading, reload } = useApi((signal) => fetchInbox(query, signal), [query.status, query.deadline, query.mine, query.code, query.page]);
  const items = data ? sortByUrgency(data.items, now) : [];
  const counts = countByTone(items, now);
  const pages = data ? Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE)) : 1;
  const page = query.page ?? 1;
  const go = (next: InboxQuery) => setParams(writeQuery(next));
  const canBeAssigned = staff.roles.includes('office-handler') || staff.roles.includes('office-head');

  return (
    <Page
      title={t('inbox.title')}
      actions={
        <Button onClick={reload} busy={loading && !!data}>
          {t('inbox.reload')}
        </Button>
      }
    >
      <InboxFilters query={query} onChange={go} canBeAssigned={canBeAssigned} />
      <ErrorBanner error={error} />
      {!data && loading && <Loading label={t('inbox.loading')} />}
      {data && (
        <>
          <p className="office-summary" aria-live="polite" data-testid="office-summary">
            {t('inbox.summary', { total: data.total, page, pages })}{' '}
            <span className="badge badge-late">{t('inbox.countLate', { count: counts.late })}</span>{' '}
            <span className="badge badge-near">{t('inbox.countNear', { count: counts.near })}</span>{' '}
            <span className="badge badge-ok">{t('inbox.countOnTime', { count: counts['on-time'] })}</span>
          </p>
          {items.length === 0 ? <p className="muted">{t('inbox.empty')}</p> : <InboxTable items={items} now={now} />}
          {pages > 1 && (
            <nav className="office-pager" aria-label={t('inbox.pages')}>
              <Button disabled={page <= 1 || loading} onClick={() => go({ ...query, page: page - 1 })}>
                {t('inbox.previous')}
              </Button>
              <span>{t('inbox.pageOf', { page, pages })}</span>
              <Button disabled={page >= pages || loading} onClick={() => go({ ...query, page: page + 1 })}>
                {t('inbox.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}
