import { useTranslation } from 'react-i18next';
import { formatCount, formatDecimal, formatPercent } from './percent';
import type { ServiceIndicators } from './types';

/** Every Decision 766 indicator with its formula, and those our data cannot compute yet with what is missing. */
export function IndicatorsDetails({ indicators, procedureNames }: { indicators: ServiceIndicators; procedureNames: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const fraction = (a: number | null, b: number | null) => (a === null && b === null ? '' : `${a === null ? '—' : formatCount(a, lang)} / ${b === null ? '—' : formatCount(b, lang)}`);
  return (
    <section className="card dashboard-panel" aria-labelledby="dashboard-indicators-title" data-testid="dashboard-indicators">
      <h2 id="dashboard-indicators-title">{t('indicators.title')}</h2>
      <table className="data dashboard-numbers">
        <thead>
          <tr>
            <th scope="col">{t('indicators.code')}</th>
            <th scope="col">{t('indicators.name')}</th>
            <th scope="col">{t('indicators.value')}</th>
            <th scope="col">{t('indicators.fraction')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.indicators.map((i) => (
            <tr key={i.code} data-key={i.code} className={i.available ? undefined : 'dashboard-unavailable'}>
              <td>{i.code}</td>
              <th scope="row">
                {i.name}
                <div className="field-hint">{i.available ? i.formula : t('indicators.missing', { what: i.missing ?? '' })}</div>
              </th>
              <td data-col="value">{i.code === '2.2' ? '' : formatPercent(i.value, lang, t('notAvailable'))}</td>
              <td data-col="fraction">{fraction(i.numerator, i.denominator)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('indicators.averageTitle')}</h3>
      {indicators.averageResolutionTime.length === 0 ? (
        <p className="muted">{t('indicators.noAverage')}</p>
      ) : (
        <table className="data dashboard-numbers" data-testid="dashboard-average-time">
          <thead>
            <tr>
              <th scope="col">{t('indicators.procedure')}</th>
              <th scope="col">{t('indicators.average')}</th>
              <th scope="col">{t('indicators.dossiers')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.averageResolutionTime.map((a) => (
              <tr key={`${a.procedureCode}-${a.unit}`}>
                <th scope="row">
                  {procedureNames.get(a.procedureCode) ?? a.procedureCode} <span className="muted">({a.procedureCode})</span>
                </th>
                <td>{t(`indicators.timeUnits.${a.unit}`, { value: formatDecimal(a.value, lang) })}</td>
                <td>{formatCount(a.dossiers, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
