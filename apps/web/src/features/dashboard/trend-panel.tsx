import { useTranslation } from 'react-i18next';
import { ChartPanel } from './chart-panel';
import { OUTCOME_STYLE } from './palette';
import { formatCount, formatPercent } from './percent';
import { shortDay, type Bucket, type Granularity } from './period';
import { trendSeries, type TrendPoint } from './series';

/** Resolved early / on time / late per month or week: the picture of the period at a glance. */
export function TrendPanel({ points, granularity }: { points: TrendPoint[]; granularity: Granularity }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const s = trendSeries(points);
  const labelOf = (b: Bucket) => t(`trend.${b.granularity}`, { number: b.number, year: b.year });
  const labels = points.map((p) => labelOf(p.bucket));
  const title = t('trend.title');
  const n = (v: number) => formatCount(v, lang);
  return (
    <ChartPanel
      title={title}
      hint={t('trend.hint', { granularity: t(`granularities.${granularity}`).toLowerCase() })}
      testId="dashboard-trend"
      chart={{
        labels,
        series: (['early', 'onTime', 'late'] as const).map((k) => ({ label: t(`series.${k}`), data: s[k], style: OUTCOME_STYLE[k] })),
      }}
      table={
        <table className="data dashboard-numbers">
          <caption>{t('table.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('series.received')}</th>
              <th scope="col">{t('series.early')}</th>
              <th scope="col">{t('series.onTime')}</th>
              <th scope="col">{t('series.late')}</th>
              <th scope="col">{t('table.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.bucket.key} data-key={p.bucket.key}>
                <th scope="row">
                  {labels[i]} <span className="muted">({t('trend.range', { from: shortDay(p.bucket.from), to: shortDay(p.bucket.to) })})</span>
                </th>
                <td data-col="received">{n(s.received[i])}</td>
                <td data-col="early">{n(s.early[i])}</td>
                <td data-col="onTime">{n(s.onTime[i])}</td>
                <td data-col="late">{n(s.late[i])}</td>
                <td data-col="onTimeRate">{formatPercent(s.onTimeRate[i], lang, t('notAvailable'))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-key="total">
              <th scope="row">{t('table.total')}</th>
              <td data-col="received">{n(s.totals.received)}</td>
              <td data-col="early">{n(s.totals.early)}</td>
              <td data-col="onTime">{n(s.totals.onTime)}</td>
              <td data-col="late">{n(s.totals.late)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}
