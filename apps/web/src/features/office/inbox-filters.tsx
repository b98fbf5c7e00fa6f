import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import type { DeadlineFilter, InboxQuery } from './office-api';
import { codeSearch } from './search';
import { TRANSFER_STATUSES, type TransferStatus } from './types';

interface Props {
  query: InboxQuery;
  onChange: (next: InboxQuery) => void;
  /** Auditors have nothing assigned to them: no "mine" box. */
  canBeAssigned: boolean;
}

const DEADLINES: DeadlineFilter[] = ['late', 'near-late', 'not-yet-due'];

/**
 * Dossier code (searched on Enter), status, deadline and "assigned to me": each change reloads the list (the
 * filters live in the address).
 */
export function InboxFilters({ query, onChange, canBeAssigned }: Props) {
  const { t } = useTranslation('office');
  const [typed, setTyped] = useState(query.code ?? '');
  const [problem, setProblem] = useState<string>();
  useEffect(() => setTyped(query.code ?? ''), [query.code]);
  const search = () => {
    const found = codeSearch(typed);
    setProblem(found.problem);
    if (!found.problem) onChange({ ...query, code: found.code, page: 1 });
  };
  const clearSearch = () => {
    setTyped('');
    setProblem(undefined);
    onChange({ ...query, code: undefined, page: 1 });
  };
  return (
    <form
      className="office-filters"
      role="search"
      aria-label={t('inbox.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        search();
      }}
    >
      <div className="office-search">
        <TextField
          label={t('inbox.code')}
          hint={t('inbox.codeHint')}
          value={typed}
          onChange={setTyped}
          error={problem && t(`inbox.codeProblem.${problem}`)}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          autoFocus
        />
        <Button type="submit">{t('inbox.search')}</Button>
        {query.code && (
          <Button className="btn-link" onClick={clearSearch}>
            {t('inbox.clearSearch')}
          </Button>
        )}
      </div>
      <SelectField
        label={t('inbox.status')}
        value={query.status ?? ''}
        onChange={(v) => onChange({ ...query, status: (v || undefined) as TransferStatus | undefined, page: 1 })}
        options={[{ value: '', label: t('inbox.all') }, ...TRANSFER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <SelectField
        label={t('inbox.deadline')}
        value={query.deadline ?? ''}
        onChange={(v) => onChange({ ...query, deadline: (v || undefined) as DeadlineFilter | undefined, page: 1 })}
        options={[{ value: '', label: t('inbox.all') }, ...DEADLINES.map((d) => ({ value: d, label: t(`deadlineFilter.${d}`) }))]}
        hint={t('inbox.deadlineHint')}
      />
      {canBeAssigned && (
        <label className="office-check">
          <input type="checkbox" checked={!!query.mine} onChange={(e) => onChange({ ...query, mine: e.target.checked || undefined, page: 1 })} /> {t('inbox.mine')}
        </label>
      )}
    </form>
  );
}
