import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { FieldShell } from '../../ui/field';
import { searchCatalogue, type CatalogueHit, type DeskBundle, type DeskCatalogue, type DeskProcedure } from './catalogue';
import { formatVnd } from './fees';

interface Props {
  catalogue: DeskCatalogue;
  selected: CatalogueHit | undefined;
  onSelect: (hit: CatalogueHit | undefined) => void;
  error?: string;
  afterHours: boolean;
}

/**
 * Search by code or name (diacritics optional), procedures and "2 in 1" bundles alike; Enter picks the first hit,
 * ↓ walks into the hits (↑/↓, Home/End, Escape back to the search), Enter or Space picks the one in focus.
 */
export function ProcedurePicker({ catalogue, selected, onSelect, error, afterHours }: Props) {
  const { t } = useTranslation('desk');
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const hits = useMemo(() => searchCatalogue(catalogue, query), [catalogue, query]);
  const limit = (p: Pick<DeskProcedure, 'timeLimit'>) => t(`timeUnits.${p.timeLimit.unit}`, { value: p.timeLimit.value });

  if (selected?.kind === 'procedure') {
    const p = selected.procedure;
    return (
      <div className="desk-procedure-chosen" data-testid="desk-procedure">
        <div>
          <strong>{p.code}</strong> — {p.name}
          <div className="muted">
            {p.field} · {t('receive.timeLimit')}: {limit(p)}
            {afterHours && !p.afterHoursEligible && <> · <span className="desk-warn">{t('receive.notAfterHoursEligible')}</span></>}
          </div>
        </div>
        <Button onClick={() => onSelect(undefined)}>{t('receive.change')}</Button>
      </div>
    );
  }
  if (selected?.kind === 'bundle') {
    const b = selected.bundle;
    return (
      <div className="desk-procedure-chosen" data-testid="desk-procedure">
        <div>
          <span className="badge badge-ok">{t('bundle.badge')}</span> <strong>{b.name}</strong>
          <div className="muted">
            {t('bundle.children', { count: b.members.length })}
            {b.timeLimit && <> · {t('bundle.totalLimit', { limit: limit(b as Pick<DeskProcedure, 'timeLimit'>) })}</>}
            {afterHours && b.members.some((m) => !m.afterHoursEligible) && <> · <span className="desk-warn">{t('receive.notAfterHoursEligible')}</span></>}
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
            ref={inputRef}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (hits[0]) onSelect(hits[0]);
              } else if (e.key === 'ArrowDown' && hits.length > 0) {
                e.preventDefault();
                hitButtons(listRef.current)[0]?.focus();
              }
            }}
          />
        )}
      </FieldShell>
      <ul className="desk-hits" aria-label={t('receive.procedure')} ref={listRef} onKeyDown={(e) => moveInHits(e, listRef.current, inputRef.current)}>
        {hits.length === 0 && <li className="muted">{t('receive.noMatch')}</li>}
        {hits.map((hit) =>
          hit.kind === 'bundle' ? (
            <li key={`bundle:${hit.bundle.code}`}>
              <BundleHit bundle={hit.bundle} onPick={() => onSelect(hit)} />
            </li>
          ) : (
            <li key={hit.procedure.code}>
              <button type="button" className="desk-hit" onClick={() => onSelect(hit)}>
                <span className="desk-hit-code">{hit.procedure.code}</span> <span>{hit.procedure.name}</span>
                <span className="muted">
                  {' '}
                  · {hit.procedure.field} · {limit(hit.procedure)}
                  {hit.procedure.fees[0] && hit.procedure.fees[0].amountVnd > 0 ? ` · ${formatVnd(hit.procedure.fees[0].amountVnd)}` : ''}
                </span>
              </button>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

const hitButtons = (list: HTMLUListElement | null) => Array.from(list?.querySelectorAll<HTMLButtonElement>('button.desk-hit') ?? []);

/** Arrow keys move between the hits; up from the first one, or Escape, goes back to the search box. */
function moveInHits(e: KeyboardEvent<HTMLUListElement>, list: HTMLUListElement | null, input: HTMLInputElement | null) {
  const buttons = hitButtons(list);
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  const next = { ArrowDown: Math.min(at + 1, buttons.length - 1), ArrowUp: at - 1, Home: 0, End: buttons.length - 1, Escape: -1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  if (next < 0) input?.focus();
  else buttons[next].focus();
}

function BundleHit({ bundle, onPick }: { bundle: DeskBundle; onPick: () => void }) {
  const { t } = useTranslation('desk');
  return (
    <button type="button" className="desk-hit desk-hit-bundle" onClick={onPick}>
      <span className="badge badge-ok">{t('bundle.badge')}</span> <span>{bundle.name}</span>
      <span className="muted"> · {bundle.members.map((m) => m.code).join(' + ')}</span>
    </button>
  );
}
