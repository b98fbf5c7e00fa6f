import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchProcedures } from '../after-hours/after-hours-logic';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { catalogueApi } from './admin-api';
import { csvFileName } from './admin-logic';
import { CatalogueImport } from './catalogue-import';

const yesNo = (v: boolean | undefined) => (v === undefined ? '—' : v ? '✓' : '✗');

/** The procedure catalogue in force: search, export as CSV, import (dry run first). */
export function CataloguePage() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const [query, setQuery] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>();
  const catalogue = useApi((signal) => catalogueApi.export(signal), []);
  const all = catalogue.data?.procedures ?? [];
  const shown = searchProcedures(all, query);

  async function exportCsv() {
    setExporting(true);
    setExportError(undefined);
    try {
      const csv = await catalogueApi.csv();
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = csvFileName(new Date());
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Page
      title={t('catalogue.title')}
      actions={
        <Button busy={exporting} onClick={() => void exportCsv()}>
          {t('catalogue.exportCsv')}
        </Button>
      }
    >
      <ErrorBanner error={exportError} />
      <section className="card" aria-labelledby="admin-catalogue-list">
        <h2 id="admin-catalogue-list">{t('catalogue.inForce')}</h2>
        <div className="field admin-search">
          <label htmlFor="admin-catalogue-search">{t('catalogue.search')}</label>
          <input id="admin-catalogue-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
        </div>
        <ErrorBanner error={catalogue.error} />
        {catalogue.loading && !catalogue.data ? (
          <Loading label={tc('loading')} />
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {t('catalogue.count', { shown: shown.length, total: all.length })}
            </p>
            <div className="admin-scroll" tabIndex={0} role="region" aria-label={t('catalogue.inForce')}>
              <table className="data" data-testid="admin-catalogue">
                <thead>
                  <tr>
                    <th>{t('catalogue.code')}</th>
                    <th>{t('catalogue.name')}</th>
                    <th>{t('catalogue.fieldName')}</th>
                    <th>{t('catalogue.timeLimit')}</th>
                    <th>{t('catalogue.afterHours')}</th>
                    <th>{t('catalogue.sameDayCutOff')}</th>
                    <th>{t('catalogue.validFrom')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p) => (
                    <tr key={`${p.code}@${p.validFrom}`}>
                      <td>{p.code}</td>
                      <td>{p.name}</td>
                      <td>{p.field}</td>
                      <td>{t(`catalogue.unit.${p.timeLimit.unit}`, { value: p.timeLimit.value, defaultValue: `${p.timeLimit.value} ${p.timeLimit.unit}` })}</td>
                      <td>{yesNo(p.afterHoursEligible)}</td>
                      <td>{p.sameDayCutOff ?? '—'}</td>
                      <td>
                        {p.validFrom}
                        {p.validTo ? ` → ${p.validTo}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <CatalogueImport onApplied={catalogue.reload} />
    </Page>
  );
}
