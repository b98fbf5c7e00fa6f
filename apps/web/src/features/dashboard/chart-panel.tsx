import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/page';
import type { BarChartProps } from './charts';

// Chart.js arrives in its own chunk, after the figures: a slow link shows the numbers first.
const LazyBarChart = lazy(() => import('./charts').then((m) => ({ default: m.BarChart })));

interface Props {
  title: string;
  hint?: string;
  /** Test id of the panel; the canvas is `<testId>-chart`, the table `<testId>-table`. */
  testId: string;
  chart: Omit<BarChartProps, 'ariaLabel' | 'testId' | 'language'>;
  /** The same figures as a table (the accessible fallback, and what a printout shows in full). */
  table: ReactNode;
  /** Taller for charts with many bars. */
  height?: number;
}

/** A chart with its "show the data table" toggle: the table carries exactly the numbers the chart draws. */
export function ChartPanel({ title, hint, testId, chart, table, height = 280 }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section className="card dashboard-panel" aria-labelledby={headingId} data-testid={testId}>
      <div className="dashboard-panel-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="btn no-print" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('table.hide') : t('table.show')}
        </button>
      </div>
      {hint && <p className="muted dashboard-hint">{hint}</p>}
      <div className="dashboard-chart" style={{ height }}>
        <Suspense fallback={<Loading label={t('chartLoading')} />}>
          <LazyBarChart {...chart} ariaLabel={t('chartLabel', { title })} testId={`${testId}-chart`} language={i18n.language} />
        </Suspense>
      </div>
      <div id={tableId} className={showTable ? 'dashboard-table' : 'dashboard-table dashboard-table-collapsed'} data-testid={`${testId}-table`}>
        {table}
      </div>
    </section>
  );
}
