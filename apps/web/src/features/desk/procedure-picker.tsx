import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { FieldShell } from '../../ui/field';
import { searchProcedures, type DeskProcedure } from './catalogue';
import { formatVnd } from './fees';

interface Props {
  procedures: DeskProcedure[];
  selected: DeskProcedure | undefined;
  onSelect: (procedure: DeskProcedure | undefined) => void;
  error?: string;
  afterHours: boolean;
}

/** Search by code or name (diacritics optional); Enter picks the first hit. */
export function ProcedurePicker({ procedures, selected, onSelect, error, afterHours }: Props) {
  const { t } = useTranslation('desk');
  const [query, setQuery] = useState('');
  const hits = useMemo(() => searchProcedures(procedures, query), [procedures, query]);

  if (selected) {
    return (
      <div className="desk-procedure-chosen" data-testid="desk-procedure">
        <div>
          <strong>{selected.code}</strong> — {selected.name}
          <div className="muted">
            {selected.field} · {t('receive.timeLimit')}: {t(`timeUnits.${selected.timeLimit.unit}`, { value: selected.timeLimit.value })}
            {afterHours && !selected.afterHoursEligible && <> · <span className="desk-warn">{t('receive.notAfterHoursEligible')}</span></>}
          </div>
        </div>
        <Button onClick={() => onSelect(undefined)}>{t('receive.change')}</Button>
      </div>
    );
  }

  return (
    <div className="desk-picker">
      <FieldShell label={t('receive.search')} hint={t('receive.searchHint')} error={error}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="search"
            autoFocus
            autoComplete="off"
            value={query}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (hits[0]) onSelect(hits[0]);
              }
            }}
          />
        )}
      </FieldShell>
      <ul className="desk-hits" aria-label={t('receive.procedure')}>
        {hits.length === 0 && <li className="muted">{t('receive.noMatch')}</li>}
        {hits.map((p) => (
          <li key={p.code}>
            <button type="button" className="desk-hit" onClick={() => onSelect(p)}>
              <span className="desk-hit-code">{p.code}</span> <span>{p.name}</span>
              <span className="muted">
                {' '}
                · {p.field} · {t(`timeUnits.${p.timeLimit.unit}`, { value: p.timeLimit.value })}
                {p.fees[0] && p.fees[0].amountVnd > 0 ? ` · ${formatVnd(p.fees[0].amountVnd)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
