import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { catalogueApi } from './admin-api';
import { importPayload, importProblems } from './admin-logic';
import type { ImportReport } from './admin-types';
import { ImportProblems, ImportReportView } from './import-report';

/**
 * Import in two steps: a dry run first (every problem by row and field, or what would change), then apply — enabled
 * only for the exact file the dry run accepted.
 */
export function CatalogueImport({ onApplied }: { onApplied: () => void }) {
  const { t } = useTranslation('admin');
  const [fileName, setFileName] = useState('');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<string>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'dry' | 'apply'>();

  const payload = importPayload(fileName, text);
  const localError = 'error' in payload ? t(`catalogue.${payload.error}`) : undefined;
  const problems = error instanceof ApiError ? importProblems(error.fields) : [];

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
    setChecked(undefined);
    setReport(undefined);
    setError(undefined);
  }

  async function run(dryRun: boolean) {
    if ('error' in payload) return;
    setBusy(dryRun ? 'dry' : 'apply');
    setError(undefined);
    setReport(undefined);
    try {
      const result = await catalogueApi.import(payload, dryRun);
      setReport(result);
      if (dryRun) setChecked(text);
      else {
        setChecked(undefined);
        onApplied();
      }
    } catch (err) {
      setError(err);
      setChecked(undefined);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="card" aria-labelledby="admin-import-title" data-testid="admin-import">
      <h2 id="admin-import-title">{t('catalogue.import')}</h2>
      <p className="muted">{t('catalogue.importHelp')}</p>
      <div className="field">
        <label htmlFor="admin-import-file">{t('catalogue.file')}</label>
        <input id="admin-import-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e)} />
      </div>
      <div className="field">
        <label htmlFor="admin-import-text">{t('catalogue.content')}</label>
        <textarea
          id="admin-import-text"
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setChecked(undefined);
          }}
        />
        {text && localError && <div className="field-error">{localError}</div>}
        {text && !localError && 'format' in payload && <div className="field-hint">{t('catalogue.format', { format: payload.format.toUpperCase() })}</div>}
      </div>
      <div className="page-actions">
        <Button primary busy={busy === 'dry'} disabled={!!localError} onClick={() => void run(true)}>
          {t('catalogue.dryRun')}
        </Button>
        <Button danger busy={busy === 'apply'} disabled={!!localError || checked !== text} onClick={() => void run(false)} title={t('catalogue.applyHint')}>
          {t('catalogue.apply')}
        </Button>
      </div>
      <div className="admin-import-result">
        {report && <ImportReportView report={report} />}
        <ErrorBanner error={problems.length > 0 ? new ApiError((error as ApiError).status, (error as ApiError).code, (error as ApiError).message) : error} />
        {problems.length > 0 && <ImportProblems problems={problems} />}
      </div>
    </section>
  );
}
