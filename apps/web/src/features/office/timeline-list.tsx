import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/page';
import { vnShort } from './dates';
import type { DossierTimeline } from './types';

/** The dossier's timeline across services (GET /api/dossiers/:code/timeline), oldest first. */
export function TimelineList({ timeline, loading, error }: { timeline: DossierTimeline | undefined; loading: boolean; error: unknown }) {
  const { t } = useTranslation('office');
  if (error) return <ErrorBanner error={error} />;
  if (!timeline) return loading ? <Loading label={t('detail.loadingTimeline')} /> : null;
  if (timeline.entries.length === 0) return <p className="muted">{t('detail.noTimeline')}</p>;
  return (
    <ol className="office-timeline" aria-busy={loading || undefined}>
      {timeline.entries.map((e, i) => (
        <li key={`${e.event}-${e.at}-${i}`} data-event={e.event}>
          <time dateTime={e.at}>{vnShort(e.at)}</time>
          <span className="office-timeline-text">
            {e.description}
            {e.unitCode && <span className="muted"> · {e.unitCode}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
