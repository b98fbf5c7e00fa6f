import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eligibleProcedures, searchProcedures } from './after-hours-logic';
import type { CatalogueProcedure, PublicProcedure, SessionRecord } from './after-hours-types';

interface Props {
  session: SessionRecord | undefined;
  catalogue: (PublicProcedure | CatalogueProcedure)[];
  flagsKnown: boolean;
}

/** The procedures this counter takes out of hours, searchable. */
export function EligibleProcedures({ session, catalogue, flagsKnown }: Props) {
  const { t } = useTranslation('afterHours');
  const [query, setQuery] = useState('');
  const eligible = eligibleProcedures(session, catalogue, flagsKnown);
  const shown = searchProcedures(eligible.procedures, query);
  const basis = { 'session-list': 'eligible.basisSessionList', 'catalogue-flags': 'eligible.basisFlags', 'same-day': 'eligible.basisSameDay' }[eligible.basis];
  const limit = (p: PublicProcedure & Pick<CatalogueProcedure, 'sameDayCutOff'>) =>
    p.timeLimit.unit === 'same-day'
      ? p.sameDayCutOff
        ? t('eligible.sameDayCutOff', { time: p.sameDayCutOff })
        : t('eligible.sameDay')
      : t(p.timeLimit.unit === 'working-days' ? 'eligible.workingDays' : p.timeLimit.unit === 'hours' ? 'eligible.hours' : 'eligible.days', { value: p.timeLimit.value });

  return (
    <section className="card" aria-labelledby="ah-eligible-title" data-testid="ah-eligible">
      <h2 id="ah-eligible-title">{t('eligible.title')}</h2>
      <p className="muted">{t(basis)}</p>
      {eligible.unknownCodes.length > 0 && <p className="muted">{t('eligible.unknown', { codes: eligible.unknownCodes.join(', ') })}</p>}
      <div className="field afterhours-search">
        <label htmlFor="ah-proc-search">{t('eligible.search')}</label>
        <input id="ah-proc-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p className="muted" aria-live="polite">
        {t('eligible.count', { shown: shown.length, total: eligible.procedures.length })}
      </p>
      <div className="afterhours-scroll" tabIndex={0} role="region" aria-labelledby="ah-eligible-title">
        <table className="data">
          <thead>
            <tr>
              <th>{t('eligible.code')}</th>
              <th>{t('eligible.name')}</th>
              <th>{t('eligible.field')}</th>
              <th>{t('eligible.limit')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.code} data-code={p.code}>
                <td>{p.code}</td>
                <td>{p.name}</td>
                <td>{p.field}</td>
                <td>{limit(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
