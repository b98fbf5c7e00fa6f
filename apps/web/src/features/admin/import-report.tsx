import { useTranslation } from 'react-i18next';
import type { RowProblem } from './admin-logic';
import type { ImportReport } from './admin-types';

/** What the import did, or would do (dry run). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('admin');
  return (
    <div className="banner banner-ok" role="status" data-testid="admin-import-report">
      <strong>{report.dryRun ? t('catalogue.dryRunOk') : t('catalogue.applied')}</strong>
      <ul>
        <li>{t('catalogue.inserted', { count: report.inserted.length, list: report.inserted.join(', ') })}</li>
        <li>{t('catalogue.updated', { count: report.updated.length, list: report.updated.join(', ') })}</li>
        <li>{t('catalogue.closed', { count: report.closed.length, list: report.closed.join(', ') })}</li>
        <li>{t('catalogue.unchanged', { count: report.unchanged })}</li>
      </ul>
    </div>
  );
}

/** The import's problems, one line per row and field, as a table the administrator fixes the file from. */
export function ImportProblems({ problems }: { problems: RowProblem[] }) {
  const { t } = useTranslation('admin');
  const rowLabel = (p: RowProblem) => {
    if (!p.row) return t('catalogue.wholeFile');
    if (p.row.startsWith('row ')) return t('catalogue.csvRow', { row: p.rowNumber });
    if (p.row.startsWith('line ')) return t('catalogue.csvLine', { row: p.rowNumber });
    if (p.row.startsWith('bundles')) return t('catalogue.bundleEntry', { row: p.rowNumber });
    return t('catalogue.jsonEntry', { row: p.rowNumber });
  };
  return (
    <table className="data admin-problems" data-testid="admin-import-problems">
      <caption>{t('catalogue.problems', { count: problems.length })}</caption>
      <thead>
        <tr>
          <th>{t('catalogue.row')}</th>
          <th>{t('catalogue.field')}</th>
          <th>{t('catalogue.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={`${p.row}-${p.field}-${i}`}>
            <td>{rowLabel(p)}</td>
            <td>
              <code>{p.field || '—'}</code>
            </td>
            <td>{p.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
