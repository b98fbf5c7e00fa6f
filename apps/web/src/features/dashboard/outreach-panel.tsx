import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from './percent';
import { longDay } from './period';
import { coverageOf } from './series';
import type { OutreachCoverage } from './types';

/** Outreach campaigns of the unit (seed 000: re-registration 100% (3,522/3,522)): coverage as a bar and in numbers. */
export function OutreachPanel({ coverage, names }: { coverage: OutreachCoverage; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  return (
    <section className="card dashboard-panel" aria-labelledby="dashboard-outreach-title" data-testid="dashboard-outreach">
      <h2 id="dashboard-outreach-title">{t('outreach.title')}</h2>
      {coverage.campaigns.length === 0 ? (
        <p className="muted">{t('outreach.none')}</p>
      ) : (
        <ul className="dashboard-outreach">
          {coverage.campaigns.map((c) => {
            const percent = coverageOf(c.targets, c.completed, c.coveragePercent);
            const visits = Object.values(c.visits).reduce((a, b) => a + b, 0);
            return (
              <li key={c.campaignId} data-key={c.campaignId}>
                <div className="dashboard-outreach-head">
                  <strong>{names.get(c.campaignId) ?? c.campaignId}</strong> <span className="muted">· {c.unit.name}</span>
                </div>
                <div className="dashboard-outreach-bar">
                  <meter min={0} max={100} value={percent ?? 0} aria-label={t('outreach.coverage')} />
                  <span data-col="coverage">{formatPercent(percent, lang, t('notAvailable'))}</span>
                  <span className="muted">{t('outreach.progress', { completed: formatCount(c.completed, lang), targets: formatCount(c.targets, lang) })}</span>
                </div>
                <div className="muted">
                  {t('outreach.visits')}: {formatCount(visits, lang)} · {t('outreach.lastVisit')}: {longDay(c.lastVisitAt.slice(0, 10))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
