import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from './percent';
import type { Headline } from './series';
import type { ServiceIndicator } from './types';

/** The four numbers a head of office looks at first: on time, online, satisfaction, overdue now. */
export function HeadlineCards({ headline }: { headline: Headline }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const count = (n: number) => formatCount(n, lang);
  const fraction = (i: ServiceIndicator | undefined) =>
    i && i.numerator !== null && i.denominator !== null ? t('headline.fraction', { numerator: count(i.numerator), denominator: count(i.denominator) }) : undefined;
  const rate = (key: string, i: ServiceIndicator | undefined, tone?: 'ok' | 'warn') => (
    <Card testId={`headline-${key}`} label={t(`headline.${key}`)} value={formatPercent(i?.value ?? null, lang, t('notAvailable'))} detail={fraction(i)} code={i?.code} tone={tone} />
  );
  const onTimeTone = headline.onTime?.value == null ? undefined : headline.onTime.value >= 95 ? 'ok' : 'warn';
  return (
    <section className="dashboard-headline" aria-label={t('headline.label')}>
      {rate('onTime', headline.onTime, onTimeTone)}
      {rate('online', headline.online)}
      {headline.satisfaction && rate('satisfaction', headline.satisfaction)}
      <Card
        testId="headline-overdue"
        label={t('headline.overdue')}
        value={count(headline.overdue)}
        detail={[t('headline.nearLate', { n: count(headline.nearLate) }), t('headline.resolvedLate', { n: count(headline.resolvedLate) })].join(' · ')}
        tone={headline.overdue > 0 ? 'late' : 'ok'}
      />
      <Card testId="headline-received" label={t('headline.received')} value={count(headline.received)} detail={t('headline.toProcess', { n: count(headline.toProcess) })} />
    </section>
  );
}

interface CardProps {
  testId: string;
  label: string;
  value: string;
  detail?: string;
  code?: string;
  tone?: 'ok' | 'warn' | 'late';
}

function Card({ testId, label, value, detail, code, tone }: CardProps) {
  return (
    <div className={`dashboard-kpi${tone ? ` dashboard-kpi-${tone}` : ''}`} data-testid={testId}>
      <div className="dashboard-kpi-label">
        {label}
        {code && <span className="dashboard-kpi-code"> ({code})</span>}
      </div>
      <div className="dashboard-kpi-value" data-testid={`${testId}-value`}>
        {value}
      </div>
      {detail && <div className="dashboard-kpi-detail">{detail}</div>}
    </div>
  );
}
