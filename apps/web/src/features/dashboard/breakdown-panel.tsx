import { useTranslation } from 'react-i18next';
import { ChartPanel } from './chart-panel';
import { OUTCOME_STYLE, RECEIVED_STYLE } from './palette';
import { formatCount, formatPercent } from './percent';
import { breakdownRows, chartRows, OTHERS_KEY, OUTCOME_SERIES, type BreakdownRow } from './series';
import type { StatisticsRow } from './types';

/** Bars a chart draws before summing the rest into "others". */
const CHART_LIMIT = 8;

interface Props {
  kind: 'procedure' | 'channel';
  rows: StatisticsRow[];
}

/**
 * By procedure: the outcome of each procedure's dossiers (stacked rows); by channel: what each channel brought in.
 * The table lists every row, the chart the busiest ones.
 */
export function BreakdownPanel({ kind, rows }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const all = breakdownRows(rows);
  const shown = chartRows(all, CHART_LIMIT);
  const nameOf = (r: BreakdownRow) =>
    r.key === OTHERS_KEY ? t('procedures.others', { n: r.label }) : kind === 'channel' ? t(`channels.${r.key}`, { defaultValue: r.label }) : r.label;
  const title = kind === 'procedure' ? t('procedures.title') : t('channelPanel.title');
  const n = (v: number) => formatCount(v, lang);
  const chart =
    kind === 'procedure'
      ? {
          labels: shown.map(nameOf),
          horizontal: true,
          series: OUTCOME_SERIES.map((k) => ({ label: t(`series.${k}`), data: shown.map((r) => r.outcome[k]), style: OUTCOME_STYLE[k] })),
        }
      : { labels: shown.map(nameOf), stacked: false, series: [{ label: t('series.received'), data: shown.map((r) => r.received), style: RECEIVED_STYLE }] };
  return (
    <ChartPanel
      title={title}
      hint={kind === 'procedure' ? t('procedures.hint') : t('channelPanel.hint')}
      testId={`dashboard-${kind}`}
      height={kind === 'procedure' ? Math.max(200, 60 + shown.length * 42) : 260}
      chart={chart}
      table={
        <table className="data dashboard-numbers">
          <caption>{t('table.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.received')}</th>
              {kind === 'channel' && <th scope="col">{t('table.share')}</th>}
              <th scope="col">{t('table.toProcess')}</th>
              <th scope="col">{t('series.early')}</th>
              <th scope="col">{t('series.onTime')}</th>
              <th scope="col">{t('series.late')}</th>
              <th scope="col">{t('series.inProgress')}</th>
              <th scope="col">{t('table.overdue')}</th>
              <th scope="col">{t('table.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {all.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row">
                  {nameOf(r)}
                  {kind === 'procedure' && <span className="muted"> ({r.key})</span>}
                </th>
                <td data-col="received">{n(r.received)}</td>
                {kind === 'channel' && <td data-col="share">{formatPercent(r.receivedShare, lang, t('notAvailable'))}</td>}
                <td data-col="toProcess">{n(r.toProcess)}</td>
                <td data-col="early">{n(r.outcome.early)}</td>
                <td data-col="onTime">{n(r.outcome.onTime)}</td>
                <td data-col="late">{n(r.outcome.late)}</td>
                <td data-col="inProgress">{n(r.outcome.inProgress)}</td>
                <td data-col="overdue">{n(r.overdue)}</td>
                <td data-col="onTimeRate">{formatPercent(r.onTimeRate, lang, t('notAvailable'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
